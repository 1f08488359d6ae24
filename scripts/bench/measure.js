/**
 * One measurement in a fresh process: read a workbook (dist/xlsx/read), then run every
 * registered rule on it (dist/rules/run) a few times. Prints one JSON line.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'dist');
const { readXlsx } = require(join(dist, 'xlsx', 'read'));
const { validateWorkbook } = require(join(dist, 'rules', 'run'));
const { allRules } = require(join(dist, 'rules'));

async function measure(file, repeats) {
  const bytes = new Uint8Array(readFileSync(file));
  let started = performance.now();
  const snapshot = await readXlsx(bytes);
  const readMs = performance.now() - started;
  const rssAfterRead = process.memoryUsage().rss;
  const cells = snapshot.sheets.reduce((n, s) => n + s.cells.length, 0);
  const rulesMs = [];
  let findings = 0;
  for (let i = 0; i < repeats; i++) {
    started = performance.now();
    const result = validateWorkbook(snapshot);
    rulesMs.push(performance.now() - started);
    findings = result.findings.length;
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    file,
    bytes: bytes.length,
    cells,
    rules: allRules.length,
    findings,
    readMs,
    rulesFirstMs: rulesMs[0],
    rulesBestMs: Math.min(...rulesMs),
    rssAfterReadMb: rssAfterRead / (1024 * 1024),
    peakRssMb,
  };
}

measure(process.argv[2], Number(process.argv[3] ?? 3)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error) => {
    process.stderr.write(`${error && error.message}\n`);
    process.exitCode = 1;
  },
);
