/**
 * Where one validation's time and memory go, phase by phase, in a fresh process as the command
 * runs it: module loading, reading (Node's zlib), the rules; wall time and minor page faults of
 * each (memory touched for the first time, which costs microseconds a page on a virtual machine).
 * Usage: node scripts/bench/phases.js file.xlsx   (after npm run build:cli; PLANIFICA_DIST=dir for another build)
 */
'use strict';
const faults = () => process.resourceUsage().minorPageFault;
const startFaults = faults();
const started = performance.now();
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

// PLANIFICA_DIST: another build to measure (scripts/bench/compare.js); this checkout's by default.
const dist = process.env.PLANIFICA_DIST || join(__dirname, '..', '..', 'dist');
require(join(dist, 'cli', 'exceljs-bundle')).preferExcelJsBundle();
require(join(dist, 'cli', 'validate'));
const { readXlsx } = require(join(dist, 'xlsx', 'read'));
const { nodeZlib } = require(join(dist, 'cli', 'node-zlib'));
const { validateWorkbook } = require(join(dist, 'rules', 'run'));

async function main(file) {
  const loaded = performance.now();
  const loadedFaults = faults();
  const snapshot = await readXlsx(new Uint8Array(readFileSync(file)), { zlib: nodeZlib });
  const read = performance.now();
  const readFaults = faults();
  const { findings } = validateWorkbook(snapshot);
  const validated = performance.now();
  const cells = snapshot.sheets.reduce((n, sheet) => n + sheet.cells.length, 0);
  const ms = (a, b) => `${Math.round(b - a)} ms`;
  console.log(`${cells.toLocaleString('en-US')} cells, ${findings.length} findings`);
  console.log(`Node start-up   ${Math.round(started)} ms before this script, ${startFaults} page faults`);
  console.log(`module loading  ${ms(started, loaded)}, ${loadedFaults - startFaults} page faults`);
  console.log(`read            ${ms(loaded, read)}, ${readFaults - loadedFaults} page faults`);
  console.log(`rules           ${ms(read, validated)}, ${faults() - readFaults} page faults`);
  console.log(`memory          ${Math.round(process.memoryUsage().rss / 1e6)} MB resident at the end`);
}

main(process.argv[2]).catch((error) => {
  console.error(`phases: ${error.message}`);
  process.exitCode = 1;
});
