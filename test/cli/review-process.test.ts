/**
 * `planifica review` as built: the compiled command runs the workbooks in worker threads; its
 * report must say exactly what reviewing them one by one in this process says.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './run-cli';

const root = resolve(__dirname, '..', '..');
const outDir = join(root, 'test-output', 'review-dist');
const cli = join(outDir, 'cli.js');

beforeAll(() => {
  try {
    execFileSync(
      process.execPath,
      [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', outDir],
      {
        cwd: root,
        stdio: 'pipe',
      },
    );
  } catch (error) {
    // Type errors in files other helpers are still writing do not stop tsc from emitting.
    if (!existsSync(cli)) throw error;
  }
}, 180_000);

/** The report without what differs from run to run (time, milliseconds). */
function stable(file: string): unknown {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  delete report.generated;
  for (const w of report.workbooks) if (w.summary) delete w.summary.ms;
  return report;
}

it('reviews in worker threads exactly as in one thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'planifica-review-process-'));
  writeFileSync(join(dir, 'roto.xlsx'), 'x');
  const files = [
    ...['igm-pom-2026-2030', 'inab-poa-2026', 'sbs-pom-2027-2031'].map((n) => join(root, 'examples', `${n}.xlsx`)),
    join(dir, 'roto.xlsx'),
  ];
  const threaded = spawnSync(
    process.execPath,
    [cli, 'review', ...files, '--workers', '2', '--output', join(dir, 'hilos.json')],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  expect(threaded.status).toBe(1);
  // One line for the unreadable file (its reason is the reader's), nothing else: no progress bar off a terminal.
  expect(threaded.stderr).toMatch(/^planifica: [^\n]*roto\.xlsx: [^\n]+\n$/);
  const inProcess = await runCli('review', ...files, '--workers', '0', '--output', join(dir, 'uno.json'));
  expect(inProcess.code).toBe(1);
  expect(stable(join(dir, 'hilos.json'))).toEqual(stable(join(dir, 'uno.json')));
}, 120_000);
