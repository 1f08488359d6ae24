/**
 * `npm run bench:review`: how long `planifica review` takes on a season's folder. Copies the IGM
 * example (examples/igm-pom-2026-2030.xlsx, 10 sheets, ≈ 900 cells, 24 findings) N times into
 * .bench/review-N/, then runs `node dist/cli.js review .bench/review-N --output …xlsx` in a fresh
 * process: wall time, CPU time (all threads), peak memory (RSS) of the whole process.
 * Sizes: PLANIFICA_BENCH_REVIEW=100,500 (default); workers: PLANIFICA_BENCH_WORKERS (default: one
 * per core). Target: 500 workbooks in ≤ 60 s on 2 cores, memory that grows with the findings kept,
 * not with the workbooks read.
 * Needs `npm run build:cli` first (the npm script does it). Files go to .bench/ (ignored by git).
 */
'use strict';
const { spawnSync } = require('node:child_process');
const { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } = require('node:fs');
const os = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
// PLANIFICA_BENCH_EXAMPLE=igm-pom-2026-2030-corregido: the corrected twin (no errors), to see
// that memory follows the findings kept, not the workbooks read.
const exampleName = process.env.PLANIFICA_BENCH_EXAMPLE || 'igm-pom-2026-2030';
const example = join(root, 'examples', `${exampleName}.xlsx`);
const SIZES = (process.env.PLANIFICA_BENCH_REVIEW || '100,500').split(',').map(Number);
const WORKERS = process.env.PLANIFICA_BENCH_WORKERS;

// Runs the command and prints, on exit, its process-wide CPU time and peak RSS.
const TIMED = `
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  const { maxRSS } = process.resourceUsage();
  process.stderr.write('\\nbench ' + JSON.stringify({ cpuMs: Math.round((user + system) / 1000), rssMb: Math.round(maxRSS / 1024) }) + '\\n');
});
process.argv.splice(1, 0, ${JSON.stringify(cli)});
require(${JSON.stringify(cli)});
`;

function folder(n) {
  const dir = join(root, '.bench', `review-${exampleName}-${n}`);
  const have = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.xlsx')).length : 0;
  if (have !== n) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (let i = 1; i <= n; i++) copyFileSync(example, join(dir, `plan-${String(i).padStart(4, '0')}.xlsx`));
  }
  return dir;
}

function main() {
  if (!existsSync(cli)) throw new Error('falta dist/cli.js: ejecute npm run build:cli');
  const rows = [];
  for (const n of SIZES) {
    const dir = folder(n);
    const output = join(root, '.bench', `review-${exampleName}-${n}.xlsx`);
    const args = ['-e', TIMED, 'review', dir, '--output', output, '--force'];
    if (WORKERS) args.push('--workers', WORKERS);
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 24 });
    const wallMs = performance.now() - started;
    const line = run.stderr.split('\n').find((l) => l.startsWith('bench '));
    if (!line || (run.status !== 0 && run.status !== 1)) {
      throw new Error(`review falló (código ${run.status}): ${run.stderr.slice(-500)}`);
    }
    const { cpuMs, rssMb } = JSON.parse(line.slice(6));
    rows.push({ n, wallMs, cpuMs, rssMb, out: run.stdout.trim() });
  }
  console.log(
    `load average: ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(', ')} on ${os.cpus().length} cores; workers: ${WORKERS ?? 'one per core'}; ${exampleName}.xlsx`,
  );
  console.log('workbooks | wall s | CPU s (all threads) | ms/workbook (wall) | peak RSS MB');
  for (const r of rows) {
    console.log(
      [
        String(r.n).padStart(9),
        (r.wallMs / 1000).toFixed(1).padStart(6),
        (r.cpuMs / 1000).toFixed(1).padStart(19),
        (r.wallMs / r.n).toFixed(0).padStart(18),
        String(r.rssMb).padStart(11),
      ].join(' | '),
    );
  }
  const last = rows[rows.length - 1];
  if (last) {
    console.log(`\n${last.out}`);
    console.log(`objetivo: 500 libros en ≤ 60 s → ${last.n} libros en ${(last.wallMs / 1000).toFixed(1)} s`);
  }
}

main();
