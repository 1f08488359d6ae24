/**
 * `npm run bench:compare -- [--ref REF] [--file FILE] [--runs N]`: is this change faster? The
 * working tree against a git ref (default HEAD), built side by side and run alternately — the
 * only fair comparison on a shared machine, where the same command varies by 20 % from one
 * minute to the next — on one workbook (default the bench's 100 k-cell file; `npm run bench`
 * writes it). For each side, medians of:
 *   - the whole command (`node dist/cli.js validate FILE --format json`): wall and CPU time and
 *     minor page faults (memory touched for the first time, which costs microseconds a page on
 *     a virtual machine);
 *   - the phases of one validation in a fresh process (scripts/bench/phases.js): module
 *     loading, reading, rules, each with its page faults.
 * The ref is checked out in .bench/compare-<commit> (a git worktree; ignored by git) and built
 * there with its own TypeScript settings; node_modules is this checkout's. It stays for the next
 * comparison: `git worktree remove .bench/compare-<commit>` when done.
 */
'use strict';
const { execFileSync } = require('node:child_process');
const { existsSync, symlinkSync } = require('node:fs');
const { join } = require('node:path');
const { parseArgs } = require('node:util');
const { runTimed } = require('./run-timed');

const root = join(__dirname, '..', '..');

/** --ref, --file, --runs: checked before anything is built. */
function options() {
  const { values } = parseArgs({
    options: {
      ref: { type: 'string', default: 'HEAD' },
      file: { type: 'string', default: join(root, '.bench', 'metas-100000.xlsx') },
      runs: { type: 'string', default: '9' },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: un número entero positivo, no «${values.runs}»`);
  if (!existsSync(values.file)) throw new Error(`no existe ${values.file} (npm run bench lo escribe)`);
  return { ref: values.ref, file: values.file, runs };
}

const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** The ref's tree, built, in .bench/compare-<commit>: reused when it is already there. */
function buildRef(ref) {
  const commit = git('rev-parse', '--verify', `${ref}^{commit}`);
  const dir = join(root, '.bench', `compare-${commit.slice(0, 12)}`);
  if (!existsSync(dir)) git('worktree', 'add', '--detach', dir, commit);
  if (!existsSync(join(dir, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  if (!existsSync(join(dir, 'dist', 'cli.js'))) build(dir);
  return { label: `${ref} (${commit.slice(0, 9)})`, dist: join(dir, 'dist') };
}

function build(dir) {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
}

/** One whole command: wall time here, CPU time and page faults from the child (timed-cli.js). */
function wholeCommand(dist, file) {
  const run = runTimed(join(__dirname, 'timed-cli.js'), ['validate', file, '--format', 'json'], {
    ...process.env,
    PLANIFICA_DIST: dist,
  });
  if (run.status === 2 || run.error) throw new Error(`${dist}: ${run.stderr.trim() || run.error}`);
  return run;
}

/** One validation in a fresh process, phase by phase (phases.js). */
function phases(dist, file) {
  const output = execFileSync(process.execPath, [join(__dirname, 'phases.js'), file], {
    encoding: 'utf8',
    env: { ...process.env, PLANIFICA_DIST: dist },
  });
  const phase = (name) => {
    const m = new RegExp(`^${name}\\s+(\\d+) ms, (\\d+) page faults`, 'm').exec(output);
    if (!m) throw new Error(`phases.js no dio «${name}»:\n${output}`);
    return { ms: Number(m[1]), faults: Number(m[2]) };
  };
  return { load: phase('module loading'), read: phase('read'), rules: phase('rules') };
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const fmt = (n) => Math.round(n).toLocaleString('en-US');

function main() {
  const { ref, file, runs } = options();
  build(root);
  const sides = [buildRef(ref), { label: 'working tree', dist: join(root, 'dist') }];
  const samples = sides.map(() => ({ command: [], phases: [] }));
  for (let i = 0; i < runs; i++) {
    // Alternated, so that a change of load on the machine weighs on both sides alike.
    sides.forEach((side, k) => {
      samples[k].command.push(wholeCommand(side.dist, file));
      samples[k].phases.push(phases(side.dist, file));
    });
    process.stderr.write(`\r${i + 1}/${runs}`);
  }
  process.stderr.write('\n');
  console.log(`${file}, ${runs} alternated runs, medians (CPU ms in brackets)`);
  const rows = sides.map((side, k) => {
    const { command, phases: split } = samples[k];
    const of = (pick) => median(split.map(pick));
    return {
      label: side.label,
      wall: median(command.map((c) => c.wall)),
      cpu: median(command.map((c) => c.cpu)),
      faults: median(command.map((c) => c.faults)),
      load: of((p) => p.load.ms),
      read: of((p) => p.read.ms),
      readFaults: of((p) => p.read.faults),
      rules: of((p) => p.rules.ms),
      rulesFaults: of((p) => p.rules.faults),
    };
  });
  for (const r of rows) {
    console.log(
      `${r.label.padEnd(24)} command ${fmt(r.wall)} ms [${fmt(r.cpu)}], ${fmt(r.faults)} faults | ` +
        `load ${fmt(r.load)} ms | read ${fmt(r.read)} ms, ${fmt(r.readFaults)} faults | rules ${fmt(r.rules)} ms, ${fmt(r.rulesFaults)} faults`,
    );
  }
  const [before, after] = rows;
  const change = (a, b) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(
    `change: command ${change(before.wall, after.wall)} wall, ${change(before.cpu, after.cpu)} CPU; ` +
      `read ${change(before.read, after.read)}; rules ${change(before.rules, after.rules)}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`bench:compare: ${error.message}`);
  process.exitCode = 1;
}
