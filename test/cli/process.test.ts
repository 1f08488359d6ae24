/**
 * The real command in its own process: compiled with the build configuration into a private
 * folder (so a concurrent `npm run build:cli` cannot interfere), then run with node.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCfb, buildXlsx } from '../support/xlsx';

const root = resolve(__dirname, '..', '..');
const outDir = join(root, 'test-output', 'cli-dist');
const cli = join(outDir, 'cli.js');
let dir: string;

beforeAll(async () => {
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
  dir = mkdtempSync(join(tmpdir(), 'planifica-process-'));
  writeFileSync(
    join(dir, 'metas.xlsx'),
    await buildXlsx({
      sheets: [
        {
          name: 'Metas',
          rows: [
            ['Producto', 2026],
            ['Vacunas', 10],
          ],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'viejo.xls'), buildCfb(['Workbook']));
}, 180_000);

function planifica(...args: string[]) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 30_000 });
}

describe('node dist/cli.js', () => {
  it('validates a workbook and prints the JSON report', () => {
    const run = planifica('validate', join(dir, 'metas.xlsx'), '--format', 'json');
    const report = JSON.parse(run.stdout);
    expect(report.file).toBe(join(dir, 'metas.xlsx'));
    expect(report.summary.sheets).toBe(1);
    expect(run.status).toBe(report.summary.errors > 0 ? 1 : 0);
  });

  it('exits 2 with one line on stderr and nothing on stdout for an unreadable file', () => {
    const run = planifica('validate', join(dir, 'viejo.xls'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `planifica: ${join(dir, 'viejo.xls')}: archivo .xls (Excel 97-2003): guárdelo como .xlsx (Libro de Excel) y vuelva a intentarlo\n`,
    );
  });

  it('loads only what validating needs: no zod, no ExcelJS, no fflate, one copy of @borgar/fx, no crypto', () => {
    // Module loading is a tenth of a validation's time: a stray import is a measurable cost.
    const preload = join(dir, 'list-modules.js');
    writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write('\\nMODULES ' + JSON.stringify(Object.keys(require.cache)) + '\\nBUILTINS ' + JSON.stringify(process.moduleLoadList) + '\\n'));",
    );
    const run = spawnSync(process.execPath, ['-r', preload, cli, 'validate', join(dir, 'metas.xlsx')], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.status).toBe(0);
    const modules = JSON.parse(/MODULES (.*)/.exec(run.stderr)![1]) as string[];
    const under = (name: string) => modules.filter((path) => path.includes(`/node_modules/${name}/`));
    expect(modules.some((path) => path.endsWith('rules/run.js'))).toBe(true);
    expect(under('zod')).toEqual([]);
    // Only the lazy stand-in src/cli/exceljs-bundle.ts registers under the package's name.
    expect(under('exceljs').map((path) => path.replace(/.*\/exceljs\//, ''))).toEqual(['excel.js']);
    expect(under('@borgar/fx').map((path) => path.replace(/.*\/@borgar\/fx\//, ''))).toEqual(['dist/xlsx/index.cjs']);
    // Node's zlib inflates: fflate (and the worker_threads it loads) is for the browser.
    expect(under('fflate')).toEqual([]);
    // Node's crypto (≈ 6 ms to load) is for the temporary file of --output only.
    const builtins = JSON.parse(/BUILTINS (.*)/.exec(run.stderr)![1]) as string[];
    expect(builtins).toContain('NativeModule zlib');
    expect(builtins).not.toContain('NativeModule crypto');
    expect(builtins).not.toContain('NativeModule worker_threads');
  });

  it('prints its version', () => {
    const run = planifica('--version');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
