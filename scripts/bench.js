/**
 * `npm run bench`: how fast Planifica reads and validates workbooks of growing size.
 * Builds goals matrices of 10 k, 100 k and 1 M cells (scripts/bench/workbook.js), measures
 * each in a fresh process (read time, reader cells/s through Node's zlib as the command reads
 * and through fflate as the browser reads, rules time, cells/s, peak memory), then
 * times the whole command (`node dist/cli.js validate file --format json`, process start
 * included) on 100 k, wall and CPU time and minor page faults, alternated run by run with
 * ExcelJS alone reading the same file (scripts/bench/exceljs-read.js), and prints the ratio of
 * the medians (issue 9's target: at most 0.6). Page faults are memory touched for the first
 * time: on a virtual machine each costs microseconds, so using less memory is time saved.
 * Needs `npm run build:cli` first (the npm script does it). Files go to .bench/ (ignored by git).
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');
const { runTimed } = require('./bench/run-timed');
const { writeGoalsWorkbook } = require('./bench/workbook');

const root = join(__dirname, '..');
const benchDir = join(root, '.bench');
const cli = join(root, 'dist', 'cli.js');
// dist/cli.js, reporting its own CPU time (process start included) at exit.
const timedCli = join(__dirname, 'bench', 'timed-cli.js');
// ExcelJS alone reading the same file: the yardstick.
const excelJsRead = join(__dirname, 'bench', 'exceljs-read.js');
const SIZES = (process.env.PLANIFICA_BENCH_SIZES || '10000,100000,1000000').split(',').map(Number);
const COMMAND_RUNS = Number(process.env.PLANIFICA_BENCH_RUNS || 5);

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
    'cells      | file KB | read ms (1st / best [CPU]) | read cells/s, best [CPU] | same, fflate | rules ms (1st / best [CPU]) | rules cells/s [CPU]   | peak RSS MB | findings',
  );
  for (const r of results) {
    console.log(
      [
        fmt(r.cells).padStart(10),
        fmt(r.bytes / 1024).padStart(7),
        `${fmt(r.readMs)} / ${fmt(r.readBestMs)} [${fmt(r.readBestCpuMs)}]`.padStart(26),
        `${fmt(r.cells / (r.readBestMs / 1000))} [${fmt(r.cells / (r.readBestCpuMs / 1000))}]`.padStart(24),
        fmt(r.cells / (r.readFflateBestMs / 1000)).padStart(12),
        `${fmt(r.rulesFirstMs)} / ${fmt(r.rulesBestMs)} [${fmt(r.rulesBestCpuMs)}]`.padStart(27),
        `${fmt(r.cells / (r.rulesBestMs / 1000))} [${fmt(r.cells / (r.rulesBestCpuMs / 1000))}]`.padStart(21),
        fmt(r.peakRssMb).padStart(11),
        fmt(r.findings).padStart(8),
      ].join(' | '),
    );
  }
  console.log(`rules registered: ${results[0] ? results[0].rules : 0}`);
  console.log('peak RSS: of the measuring process, which reads each file 5 times and validates it 3 times');
  for (let i = 1; i < results.length; i++) {
    const a = results[i - 1];
    const b = results[i];
    const cellRatio = b.cells / a.cells;
    console.log(
      `scaling ${fmt(a.cells)} → ${fmt(b.cells)} cells (×${fmt(cellRatio, 1)}): read ×${fmt(b.readBestCpuMs / a.readBestCpuMs, 1)}, rules ×${fmt(b.rulesBestCpuMs / a.rulesBestCpuMs, 1)} (CPU time)`,
    );
  }

  const target = results.find((r) => r.cells >= 90_000 && r.cells <= 110_000);
  if (target) {
    const runs = { validate: { times: [], cpu: [], faults: [] }, exceljs: { times: [], cpu: [], faults: [] } };
    const timed = (script, args, into) => {
      const run = runTimed(script, args);
      if (run.status === 2 || (script === excelJsRead && run.status !== 0)) throw new Error(run.stderr.trim());
      into.times.push(run.wall);
      into.cpu.push(run.cpu);
      into.faults.push(run.faults);
    };
    // Alternated, so that a change of load on a shared machine weighs on both alike.
    for (let i = 0; i < COMMAND_RUNS; i++) {
      timed(timedCli, ['validate', target.file, '--format', 'json'], runs.validate);
      timed(excelJsRead, [target.file], runs.exceljs);
    }
    const line = ({ times, cpu, faults }) =>
      `median ${fmt(median(times))} ms [CPU ${fmt(median(cpu))}], ${fmt(median(faults))} page faults, of ${times.map((t, i) => `${fmt(t)} [${fmt(cpu[i])}]`).join(', ')}`;
    console.log(
      `\nwhole command, ${fmt(target.cells)} cells (node dist/cli.js validate --format json): ${line(runs.validate)}`,
    );
    console.log(`ExcelJS alone reading the same file (scripts/bench/exceljs-read.js): ${line(runs.exceljs)}`);
    console.log(
      `validate / ExcelJS read: ${fmt(median(runs.validate.times) / median(runs.exceljs.times), 2)} wall, ${fmt(median(runs.validate.cpu) / median(runs.exceljs.cpu), 2)} CPU (target ≤ 0.6)`,
    );
  }

  // Issue 9's memory target is the command's own peak on a million cells: the measuring process
  // above reads the file five times and validates it three, so its peak says when V8 collected.
  const largest = results.find((r) => r.cells >= 900_000);
  if (largest) {
    const run = runTimed(timedCli, ['validate', largest.file, '--format', 'json']);
    if (run.status === 2) throw new Error(run.stderr.trim());
    console.log(
      `whole command, ${fmt(largest.cells)} cells: ${fmt(run.wall)} ms [CPU ${fmt(run.cpu)}], ` +
        `${fmt(run.faults)} page faults, peak ${fmt(run.peakMb)} MB (target ≤ 1,024 MB)`,
    );
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
