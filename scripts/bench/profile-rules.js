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

/** CPU time (user + system) of fn, steadier than wall time on a shared machine. */
function time(fn) {
  const started = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000;
}

async function main(file) {
  const snapshot = await readXlsx(new Uint8Array(readFileSync(file)));
  // Warm up once so that the figures below are steady-state.
  validate(snapshot, allRules);
  const viewMs = time(() => new WorkbookView(snapshot));
  const recognitionMs = time(() => getRecognition(new WorkbookView(snapshot)));
  const allMs = time(() => validate(snapshot, allRules));
  const rows = allRules.map((rule) => ({ id: rule.meta.id, ms: time(() => validate(snapshot, [rule])) - viewMs }));
  rows.sort((a, b) => b.ms - a.ms);
  // The same rules in one shared view, in the engine's order: each one's marginal cost, shared
  // facts (recognition, item index, formula analysis) charged to the first rule that asks.
  const view = new WorkbookView(snapshot);
  const shared = allRules.map((rule) => ({
    id: rule.meta.id,
    ms: time(() => rule.create({ workbook: view, report: () => undefined })),
  }));
  shared.sort((a, b) => b.ms - a.ms);
  console.log(
    `CPU ms. view: ${viewMs.toFixed(0)}, view + recognition: ${recognitionMs.toFixed(0)}, all rules: ${allMs.toFixed(0)}`,
  );
  console.log('rule alone on a fresh view (minus the view)     | marginal cost in one shared view');
  rows.forEach((row, i) =>
    console.log(
      `${row.ms.toFixed(0).padStart(7)} ms  ${row.id.padEnd(38)} | ${shared[i].ms.toFixed(0).padStart(7)} ms  ${shared[i].id}`,
    ),
  );
}

main(process.argv[2]).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
