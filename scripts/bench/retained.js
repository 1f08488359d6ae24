/**
 * What a validation keeps alive, analysis by analysis: the heap each shared analysis adds once
 * it is built (after a full collection), in the order the rules build them, then the whole
 * validation. What is kept is what the garbage collector copies and what is touched for the
 * first time, the two costs that grow with a workbook (docs/rendimiento.md).
 * Usage: node --expose-gc scripts/bench/retained.js file.xlsx   (after npm run build:cli)
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const gc = globalThis.gc;
if (typeof gc !== 'function') {
  console.error('retained: hace falta node --expose-gc');
  process.exit(1);
}
const dist = process.env.PLANIFICA_DIST || join(__dirname, '..', '..', 'dist');
const { readXlsx } = require(join(dist, 'xlsx', 'read'));
const { nodeZlib } = require(join(dist, 'cli', 'node-zlib'));
const { WorkbookView } = require(join(dist, 'core'));
const { getRecognition } = require(join(dist, 'domain', 'recognize'));
const { getItemIndex } = require(join(dist, 'domain', 'items'));
const { stretchesOf } = require(join(dist, 'rules', 'formulas', 'support', 'sheet-facts'));
const { validateWorkbook } = require(join(dist, 'rules', 'run'));

const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

async function main(file) {
  const before = heap();
  const snapshot = await readXlsx(new Uint8Array(readFileSync(file)), { zlib: nodeZlib });
  const cells = snapshot.sheets.reduce((n, sheet) => n + sheet.cells.length, 0);
  let last = heap();
  console.log(`${cells.toLocaleString('en-US')} cells; the snapshot: ${mb(last - before)}`);
  const view = new WorkbookView(snapshot);
  const steps = [
    ['matrix recognition', () => getRecognition(view)],
    ['item index', () => getItemIndex(view)],
    ['formula analyses', () => view.sheets.forEach((sheet) => sheet.formulaCells.forEach((c) => sheet.formula(c)))],
    ['formula stretches', () => view.sheets.forEach((sheet) => stretchesOf(view, sheet))],
  ];
  for (const [name, build] of steps) {
    build();
    const now = heap();
    console.log(`${name.padEnd(20)} ${mb(now - last)}`);
    last = now;
  }
  const start = heap();
  const result = validateWorkbook(snapshot);
  console.log(`a whole validation   ${mb(heap() - start)} (its own view, all rules)`);
  // Both stay reachable until here: had the first view been collected during the last count,
  // the validation's figure would come out smaller by what that view held.
  return [view, result];
}

main(process.argv[2]).catch((error) => {
  console.error(`retained: ${error.message}`);
  process.exitCode = 1;
});
