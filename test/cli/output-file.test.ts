/**
 * No data lost: no command writes over one of its inputs, nor over an existing file without
 * --force, and a write goes through a temporary file renamed into place.
 */
import {
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputFileError, writeOutputFile } from '../../src/cli/output-file';
import { buildXlsx } from '../support/xlsx';
import { runCli } from './run-cli';

let dir: string;
let workbook: Buffer;
const file = (name: string): string => join(dir, name);

beforeAll(async () => {
  workbook = Buffer.from(
    await buildXlsx({
      sheets: [
        {
          name: 'Metas',
          rows: [
            ['Producto', 2026],
            ['Vacunas', { error: '#REF!' }],
          ],
        },
      ],
    }),
  );
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-salida-'));
  writeFileSync(file('plan.xlsx'), workbook);
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).toMatch(pattern);
}

describe('validate --output', () => {
  it('never writes the report over the workbook it checks, even with --force', async () => {
    for (const extra of [[], ['--force']]) {
      const run = await runCli('validate', file('plan.xlsx'), '--output', file('plan.xlsx'), ...extra);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expectOneLine(run.stderr, /^planifica validate: .*plan\.xlsx es uno de los archivos de entrada/);
      expect(readFileSync(file('plan.xlsx')).equals(workbook)).toBe(true);
    }
  });

  it('refuses a hard or symbolic link to an input, and an input found through a folder', async () => {
    linkSync(file('plan.xlsx'), file('enlace.txt'));
    symlinkSync(file('plan.xlsx'), file('simbolico.txt'));
    for (const output of [file('enlace.txt'), file('simbolico.txt')]) {
      const run = await runCli('validate', file('plan.xlsx'), '--output', output, '--force');
      expect(run.code).toBe(2);
      expectOneLine(run.stderr, /es uno de los archivos de entrada/);
    }
    const viaFolder = await runCli('validate', dir, '--output', file('plan.xlsx'), '--force');
    expect(viaFolder.code).toBe(2);
    expect(readFileSync(file('plan.xlsx')).equals(workbook)).toBe(true);
  });

  it('keeps an existing report unless --force, and then replaces it by renaming a new file', async () => {
    writeFileSync(file('informe.txt'), 'informe anterior');
    const refused = await runCli('validate', file('plan.xlsx'), '--output', file('informe.txt'));
    expect(refused.code).toBe(2);
    expectOneLine(refused.stderr, /informe\.txt ya existe; use --force para reemplazarlo/);
    expect(readFileSync(file('informe.txt'), 'utf8')).toBe('informe anterior');

    const before = statSync(file('informe.txt')).ino;
    const forced = await runCli('validate', file('plan.xlsx'), '--output', file('informe.txt'), '--force');
    expect(forced.code).toBe(1);
    expect(readFileSync(file('informe.txt'), 'utf8')).toMatch(/#REF!/);
    expect(statSync(file('informe.txt')).ino).not.toBe(before);
    expect(readdirSync(dir).sort()).toEqual(['informe.txt', 'plan.xlsx']);
  });

  it('refuses a folder or a missing folder as the report, before reading anything', async () => {
    const folder = await runCli('validate', file('plan.xlsx'), '--output', dir);
    expect(folder.code).toBe(2);
    expectOneLine(folder.stderr, /es una carpeta/);
    const missing = await runCli('validate', file('plan.xlsx'), '--output', join(dir, 'no', 'informe.txt'));
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, /no existe la carpeta/);
  });
});

describe('generate --output', () => {
  it('never writes over its model, even with --force', async () => {
    // The model named like a workbook: the only way it could be the output.
    const model = readFileSync(join(__dirname, '../../examples/igm-pom-2026-2030.json'));
    writeFileSync(file('modelo.xlsx'), model);
    const run = await runCli('generate', '--model', file('modelo.xlsx'), '--output', file('modelo.xlsx'), '--force');
    expect(run.code).toBe(2);
    expectOneLine(run.stderr, /es uno de los archivos de entrada/);
    expect(readFileSync(file('modelo.xlsx')).equals(model)).toBe(true);
  });
});

describe('writeOutputFile', () => {
  it('leaves the old file whole and no temporary file when the write fails part-way', async () => {
    writeFileSync(file('informe.txt'), 'informe anterior');
    const failure = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    jest.spyOn(fsPromises, 'rename').mockRejectedValueOnce(failure);
    await expect(writeOutputFile(file('informe.txt'), 'nuevo', { force: true })).rejects.toThrow(
      new OutputFileError(`${file('informe.txt')}: no se puede escribir (no queda espacio en el disco)`),
    );
    expect(readFileSync(file('informe.txt'), 'utf8')).toBe('informe anterior');
    expect(readdirSync(dir).sort()).toEqual(['informe.txt', 'plan.xlsx']);
  });

  it('refuses a file that appeared after the check, without --force', async () => {
    const realWrite = fsPromises.writeFile;
    jest.spyOn(fsPromises, 'writeFile').mockImplementationOnce(async (...args: Parameters<typeof realWrite>) => {
      writeFileSync(file('informe.txt'), 'de otro programa');
      return realWrite(...args);
    });
    await expect(writeOutputFile(file('informe.txt'), 'nuevo', { force: false })).rejects.toThrow(/ya existe/);
    expect(readFileSync(file('informe.txt'), 'utf8')).toBe('de otro programa');
    expect(readdirSync(dir).sort()).toEqual(['informe.txt', 'plan.xlsx']);
  });
});
