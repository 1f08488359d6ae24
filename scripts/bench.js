/**
 * `npm run bench`: how fast Planifica reads and validates workbooks of growing size.
 * Builds goals matrices of 10 k, 100 k and 1 M cells (scripts/bench/workbook.js), measures
 * each in a fresh process (read time, rules time, cells/s, peak memory), then times the whole
 * command (`node dist/cli.js validate file --format json`, process start included) on 100 k,
 * wall and CPU time.
 * Needs `npm run build:cli` first (the npm script does it). Files go to .bench/ (ignored by git).
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { writeGoalsWorkbook } = require('./bench/workbook');

const root = join(__dirname, '..');
const benchDir = join(root, '.bench');
const cli = join(root, 'dist', 'cli.js');
// dist/cli.js, reporting its own CPU time (process start included) at exit.
const timedCli = join(__dirname, 'bench', 'timed-cli.js');
const SIZES = (process.env.PLANIFICA_BENCH_SIZES || '10000,100000,1000000').split(',').map(Number);
const COMMAND_RUNS = 3;

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  if (!existsSync(cli)) throw new Error('falta dist/cli.js: ejecute npm run build:cli');
  mkdirSync(benchDir, { recursive: true });
  const results = [];
  for (const size of SIZES) {
    const file = join(benchDir, `metas-${size}.xlsx`);
    const started = performance.now();
    const cells = await writeGoalsWorkbook(file, size);
    console.log(`escrito ${file} (${fmt(cells)} celdas) en ${fmt(performance.now() - started)} ms`);
    const output = execFileSync(
      process.execPath,
      ['--max-old-space-size=4096', join(__dirname, 'bench', 'measure.js'), file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    results.push(JSON.parse(output));
  }

  console.log(
    `\nload average: ${os
      .loadavg()
      .map((l) => fmt(l, 1))
      .join(', ')} on ${os.cpus().length} cores (CPU ms in brackets)`,
  );
  console.log(
    'cells      | file KB | read ms         | rules ms (1st / best [CPU]) | rules cells/s [CPU]   | peak RSS MB | findings',
  );
  for (const r of results) {
    console.log(
      [
        fmt(r.cells).padStart(10),
        fmt(r.bytes / 1024).padStart(7),
        `${fmt(r.readMs)} [${fmt(r.readCpuMs)}]`.padStart(15),
        `${fmt(r.rulesFirstMs)} / ${fmt(r.rulesBestMs)} [${fmt(r.rulesBestCpuMs)}]`.padStart(27),
        `${fmt(r.cells / (r.rulesBestMs / 1000))} [${fmt(r.cells / (r.rulesBestCpuMs / 1000))}]`.padStart(21),
        fmt(r.peakRssMb).padStart(11),
        fmt(r.findings).padStart(8),
      ].join(' | '),
    );
  }
  console.log(`rules registered: ${results[0] ? results[0].rules : 0}`);
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    const cellRatio = b.cells / a.cells;
    console.log(
      `scaling ${fmt(a.cells)} → ${fmt(b.cells)} cells (×${fmt(cellRatio, 1)}): read ×${fmt(b.readCpuMs / a.readCpuMs, 1)}, rules ×${fmt(b.rulesBestCpuMs / a.rulesBestCpuMs, 1)} (CPU time)`,
    );
  }

  const target = results.find((r) => r.cells >= 90_000 && r.cells <= 110_000);
  if (target) {
    const times = [];
    const cpuTimes = [];
    for (let i = 0; i < COMMAND_RUNS; i++) {
      const started = performance.now();
      const run = spawnSync(process.execPath, [timedCli, 'validate', target.file, '--format', 'json'], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      times.push(performance.now() - started);
      if (run.status === 2) throw new Error(run.stderr.trim());
      cpuTimes.push(Number(/cpu-ms (\d+)\s*$/.exec(run.stderr)?.[1] ?? NaN));
    }
    console.log(
      `\nwhole command, ${fmt(target.cells)} cells (node dist/cli.js validate --format json): median ${fmt(median(times))} ms [CPU ${fmt(median(cpuTimes))}] of ${times.map((t, i) => `${fmt(t)} [${fmt(cpuTimes[i])}]`).join(', ')}`,
    );
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
