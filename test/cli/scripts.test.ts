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
});
