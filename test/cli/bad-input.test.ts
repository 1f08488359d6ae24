/**
 * Input that cannot be read: exit code 2, one line on stderr naming the file, nothing on
 * stdout, no stack trace, and quickly.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCfb, buildXlsx, buildZip, minimalWorkbookParts } from '../support/xlsx';
import { runCli, type CliRun } from './run-cli';

let dir: string;
const file = (name: string): string => join(dir, name);

function expectUnreadable(run: CliRun, path: string, reason: RegExp): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(new RegExp(`^planifica: ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+\\n$`));
  expect(run.stderr).toMatch(reason);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.ms).toBeLessThan(10_000);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-bad-'));
  const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
  writeFileSync(file('aleatorio.xlsx'), random);
  writeFileSync(file('metas.csv'), 'Producto,2026\nVacunas,100\n');
  writeFileSync(file('viejo.xls'), buildCfb(['Workbook', '\u0005SummaryInformation']));
  writeFileSync(file('protegido.xlsx'), buildCfb(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']));
  const good = await buildXlsx({
    sheets: [
      {
        name: 'Metas',
        rows: [
          ['Producto', 2026],
          ['Vacunas', 10],
        ],
      },
    ],
  });
  writeFileSync(file('bueno.xlsx'), good);
  writeFileSync(file('cortado.xlsx'), good.subarray(0, Math.floor(good.length * 0.6)));
  writeFileSync(file('notas.xlsx'), buildZip([{ name: 'notas.txt', data: 'no es un libro' }]));
  const lying = minimalWorkbookParts('<sheetData/>');
  lying[4].declaredSize = 0xfffffff0;
  writeFileSync(file('bomba-declarada.xlsx'), buildZip(lying));
  writeFileSync(file('bomba-real.xlsx'), buildZip(minimalWorkbookParts(`<sheetData/>${' '.repeat(30 * 1024 * 1024)}`)));
  // Just over the 1,500,000-cell limit, with varied values so it compresses like real data.
  const rows: string[] = [];
  for (let r = 1; r <= 150_001; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < 10; c++) row += `<c r="${'ABCDEFGHIJ'[c]}${r}"><v>${(r * 31 + c * 17) % 9973}</v></c>`;
    rows.push(`${row}</row>`);
  }
  const sheet = Buffer.from(`<sheetData>${rows.join('')}</sheetData>`);
  const parts = minimalWorkbookParts('');
  parts[4].data = Buffer.concat([
    Buffer.from(String(parts[4].data).replace('</worksheet>', '')),
    sheet,
    Buffer.from('</worksheet>'),
  ]);
  writeFileSync(file('enorme.xlsx'), buildZip(parts));
  expect(zlib.deflateRawSync(sheet).length / sheet.length).toBeGreaterThan(1 / 200);
}, 60_000);

describe('planifica validate on input it cannot read', () => {
  it('a missing file', async () => {
    expectUnreadable(await runCli('validate', file('no-existe.xlsx')), file('no-existe.xlsx'), /el archivo no existe/);
  });

  it('random bytes', async () => {
    expectUnreadable(
      await runCli('validate', file('aleatorio.xlsx')),
      file('aleatorio.xlsx'),
      /no es un libro de Excel/,
    );
  });

  it('a CSV file', async () => {
    expectUnreadable(await runCli('validate', file('metas.csv')), file('metas.csv'), /CSV/);
  });

  it('an Excel 97-2003 file', async () => {
    expectUnreadable(
      await runCli('validate', file('viejo.xls')),
      file('viejo.xls'),
      /archivo \.xls \(Excel 97-2003\): guárdelo como \.xlsx/,
    );
  });

  it('a password-protected workbook', async () => {
    expectUnreadable(await runCli('validate', file('protegido.xlsx')), file('protegido.xlsx'), /contraseña/);
  });

  it('a truncated workbook', async () => {
    expectUnreadable(await runCli('validate', file('cortado.xlsx')), file('cortado.xlsx'), /dañado o incompleto/);
  });

  it('a zip that is not a workbook', async () => {
    expectUnreadable(await runCli('validate', file('notas.xlsx')), file('notas.xlsx'), /no un libro de Excel/);
  });

  it('a zip whose directory declares a huge size', async () => {
    expectUnreadable(
      await runCli('validate', file('bomba-declarada.xlsx')),
      file('bomba-declarada.xlsx'),
      /se expande/,
    );
  });

  it('a zip with a real, highly compressible big part', async () => {
    expectUnreadable(await runCli('validate', file('bomba-real.xlsx')), file('bomba-real.xlsx'), /bomba zip/);
  });

  it('a workbook over the cell limit', async () => {
    expectUnreadable(await runCli('validate', file('enorme.xlsx')), file('enorme.xlsx'), /demasiadas celdas/);
  });

  it('a folder without workbooks', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'planifica-empty-'));
    expectUnreadable(await runCli('validate', empty), empty, /no contiene archivos \.xlsx/);
  });

  it('reports the readable files and exits 2 when some are unreadable', async () => {
    const run = await runCli('validate', file('bueno.xlsx'), file('viejo.xls'), '--format', 'json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).files.map((f: { file: string }) => f.file)).toEqual([file('bueno.xlsx')]);
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^planifica: .*viejo\.xls: archivo \.xls/)]);
  });

  it('an --output file that cannot be written', async () => {
    const run = await runCli('validate', file('bueno.xlsx'), '--output', join(dir, 'no', 'existe', 'informe.txt'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^planifica validate: no existe la carpeta .*existe\n$/);
  });
});

describe('planifica usage', () => {
  it('prints help and version on stdout', async () => {
    const help = await runCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Uso: planifica <comando>/);
    expect(help.stdout).toMatch(/validate/);
    expect(help.stdout).toMatch(/rules/);
    const version = await runCli('--version');
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect((await runCli('validate', '--help')).stdout).toMatch(/--format text\|json\|sarif/);
  });

  it.each([
    [['frobnicate'], /comando desconocido: frobnicate/],
    [[], /Uso: planifica <comando>/],
    [['validate'], /indique al menos un archivo/],
    [['validate', 'x.xlsx', '--bogus'], /opción desconocida: --bogus/],
    [['validate', 'x.xlsx', '--format', 'xml'], /formato desconocido: xml/],
    [['validate', 'x.xlsx', '--format'], /falta el valor de la opción --format\n/],
    [['validate', 'x.xlsx', '--force=sí'], /la opción --force no lleva valor\n/],
    [['validate', 'x.xlsx', `--${'x'.repeat(300)}`], /opción desconocida: --x{77}…\n/],
    [['rules', '--format', 'sarif'], /formato desconocido: sarif/],
  ])('%j: usage on stderr, exit 2', async (argv, reason) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).toMatch(/Uso: planifica/);
  });
});
