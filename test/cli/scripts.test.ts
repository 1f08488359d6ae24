/**
 * The npm scripts a newcomer runs: `npm start` on a machine without Excel desktop says so in one
 * line and fails, pointing to `npm run serve`; the add-in template's script names exist.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const scripts = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts;

describe('npm scripts', () => {
  (process.platform === 'linux' ? it : it.skip)(
    'npm start on Linux: exit 1 and one line pointing to npm run serve',
    () => {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/start.js')], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PLANIFICA_FORCE_SIDELOAD: '' },
      });
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^npm start: .*linux.*`npm run serve`/), '']);
    },
  );

  it('keeps the add-in template’s names beside the project’s own', () => {
    for (const name of [
      'start',
      'start:web',
      'stop',
      'serve',
      'dev-server',
      'watch',
      'build',
      'build:dev',
      'lint',
      'lint:fix',
      'prettier',
      'validate',
      'test',
    ]) {
      expect(scripts[name]).toEqual(expect.any(String));
    }
    expect(scripts.serve).toMatch(/--env http/);
  });

  it('bench:compare checks its options before building anything: one line, exit 1', () => {
    const compare = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench/compare.js'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    for (const [args, message] of [
      [['--runs', '0'], /^bench:compare: --runs: un número entero positivo, no «0»\n$/],
      [
        ['--file', path.join(ROOT, 'no-such.xlsx')],
        /^bench:compare: no existe .*no-such\.xlsx \(npm run bench lo escribe\)\n$/,
      ],
      [['--bogus'], /^bench:compare: .*--bogus.*\n$/],
    ] as const) {
      const run = compare(...args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    }
    expect(scripts['bench:compare']).toBe('node scripts/bench/compare.js');
  });
});
