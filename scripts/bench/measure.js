/**
 * One measurement in a fresh process: read a workbook (dist/xlsx/read), then run every
 * registered rule on it (dist/rules/run) a few times. Prints one JSON line.
 */
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', '..', 'dist');
const { readXlsx } = require(join(dist, 'xlsx', 'read'));
// The command line reads with Node's zlib; the browser with fflate (measured apart below).
const { nodeZlib } = require(join(dist, 'cli', 'node-zlib'));
const { validateWorkbook } = require(join(dist, 'rules', 'run'));
const { allRules } = require(join(dist, 'rules'));

async function measure(file, repeats) {
  const bytes = new Uint8Array(readFileSync(file));
  // Wall time and CPU time (user + system) of this process: on a shared, loaded machine the
  // CPU time is the steadier figure.
  const cpuMs = (since) => {
    const { user, system } = process.cpuUsage(since);
    return (user + system) / 1000;
  };
  let started = performance.now();
  let cpu = process.cpuUsage();
  const snapshot = await readXlsx(bytes, { zlib: nodeZlib });
  const readMs = performance.now() - started;
  const readCpuMs = cpuMs(cpu);
  const rssAfterRead = process.memoryUsage().rss;
  // Later reads: the reader's steady speed, as the CLI (Node's zlib) and the browser (fflate) read.
  const bestRead = async (options) => {
    let best = Infinity;
    let bestCpu = Infinity;
    // Several reads for the smaller files, whose best is otherwise noise; two for a million cells.
    const reads = snapshot.sheets.reduce((n, sheet) => n + sheet.cells.length, 0) > 200_000 ? 2 : 6;
    for (let i = 0; i < reads; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      await readXlsx(bytes, options);
      best = Math.min(best, performance.now() - t);
      bestCpu = Math.min(bestCpu, cpuMs(c));
    }
    return [best, bestCpu];
  };
  const [readBestMs, readBestCpuMs] = await bestRead({ zlib: nodeZlib });
  const [readFflateBestMs] = await bestRead({});
  const cells = snapshot.sheets.reduce((n, s) => n + s.cells.length, 0);
  const rulesMs = [];
  const rulesCpuMs = [];
  let findings = 0;
  for (let i = 0; i < repeats; i++) {
    started = performance.now();
    cpu = process.cpuUsage();
    const result = validateWorkbook(snapshot);
    rulesMs.push(performance.now() - started);
    rulesCpuMs.push(cpuMs(cpu));
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
    readCpuMs,
    readBestMs,
    readBestCpuMs,
    readFflateBestMs,
    rulesFirstMs: rulesMs[0],
    rulesBestMs: Math.min(...rulesMs),
    rulesBestCpuMs: Math.min(...rulesCpuMs),
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
