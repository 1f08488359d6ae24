/**
 * Where the rules' time goes: each registered rule alone on a fresh view, against a baseline
 * (building the view and recognising the matrices, which every domain rule shares).
 * Usage: node scripts/bench/profile-rules.js file.xlsx
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'dist');
const { readXlsx } = require(join(dist, 'xlsx', 'read'));
const { validate, WorkbookView } = require(join(dist, 'core'));
const { getRecognition } = require(join(dist, 'domain', 'recognize'));
const { allRules } = require(join(dist, 'rules'));

function time(fn) {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function main(file) {
  const snapshot = await readXlsx(new Uint8Array(readFileSync(file)));
  // Warm up once so that the figures below are steady-state.
  validate(snapshot, allRules);
  const viewMs = time(() => new WorkbookView(snapshot));
  const recognitionMs = time(() => getRecognition(new WorkbookView(snapshot)));
  const rows = allRules.map((rule) => ({ id: rule.meta.id, ms: time(() => validate(snapshot, [rule])) - viewMs }));
  rows.sort((a, b) => b.ms - a.ms);
  console.log(`view: ${viewMs.toFixed(0)} ms, view + recognition: ${recognitionMs.toFixed(0)} ms`);
  for (const row of rows) console.log(`${row.ms.toFixed(0).padStart(7)} ms  ${row.id}`);
}

main(process.argv[2]).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
