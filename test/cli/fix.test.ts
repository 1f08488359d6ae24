/**
 * `planifica fix` on the example workbooks with the real rules: each certain fix is applied,
 * the fixed findings are gone when the written copy is validated again, no finding appears,
 * and no cell other than the fixed ones changes.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellAddress, type Finding, type WorkbookSnapshot } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import { buildXlsx, type XlsxCellSpec } from '../support/xlsx';
import { runCli } from './run-cli';

const EXAMPLES = join(__dirname, '../../examples');

interface FixReport {
  file: string;
  output: string | null;
  changes: { sheet: string; cell: string; before: unknown; after: unknown; rule: string }[];
  remaining: { errors: number; warnings: number; infos: number };
}

function cellsOf(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of snapshot.sheets) {
    for (const { row, col, ...rest } of sheet.cells) all.set(`${sheet.name}!${cellAddress(row, col)}`, rest);
  }
  return all;
}

const id = (f: Finding): string => `${f.rule} ${f.sheet}!${f.range}`;

async function read(path: string): Promise<WorkbookSnapshot> {
  return readXlsx(new Uint8Array(readFileSync(path)));
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-fix-'));
});

describe.each([
  ['sbs-pom-2027-2031', 'Presupuesto POM!F10', '=SUM(F6:F9)'],
  ['inab-poa-2026', 'POA 2026!D17', '=SUM(E17:H17)'],
  ['igm-pom-2026-2030', '9.5 Metas multianuales!D26', '=SUM(D8,D10,D13,D16,D20,D24)'],
])('planifica fix %s', (name, fixedCell, formula) => {
  const input = join(EXAMPLES, `${name}.xlsx`);
  let report: FixReport;
  let code: number;
  let output: string;

  beforeAll(async () => {
    output = join(dir, `${name}-corregido.xlsx`);
    const run = await runCli('fix', input, '--output', output, '--format', 'json');
    expect(run.stderr).toBe('');
    code = run.code;
    report = JSON.parse(run.stdout) as FixReport;
  });

  it(`fixes ${fixedCell} and reports each change`, () => {
    const change = report.changes.find((c) => `${c.sheet}!${c.cell}` === fixedCell);
    expect(change?.after).toEqual({ formula });
    expect(report.output).toBe(output);
    for (const c of report.changes) expect(c.before).not.toEqual(c.after);
  });

  it('removes the fixed findings, adds none, and exits like validate on the result', async () => {
    const before = validateWorkbook(await read(input)).findings;
    const after = validateWorkbook(await read(output));
    const fixed = new Set(report.changes.map((c) => `${c.rule} ${c.sheet}!${c.cell}`));
    const beforeIds = new Set(before.map(id));
    for (const f of after.findings) {
      expect(fixed.has(id(f))).toBe(false);
      expect(beforeIds.has(id(f))).toBe(true);
    }
    expect(after.findings.length).toBe(before.length - report.changes.length);
    expect(report.remaining).toMatchObject({ errors: after.summary.errors, warnings: after.summary.warnings });
    expect(code).toBe(after.summary.errors > 0 ? 1 : 0);
  });

  it('changes no cell other than the fixed ones (every cell compared)', async () => {
    const before = cellsOf(await read(input));
    const after = cellsOf(await read(output));
    const changed = new Set(report.changes.map((c) => `${c.sheet}!${c.cell}`));
    for (const [key, cell] of before) if (!changed.has(key)) expect([key, after.get(key)]).toEqual([key, cell]);
    for (const key of after.keys()) expect(before.has(key) || changed.has(key)).toBe(true);
  });
});

describe('planifica fix: safety of the files', () => {
  const input = join(EXAMPLES, 'inab-poa-2026.xlsx');

  it('filters by --rule, prints Spanish text, and with --dry-run writes nothing', async () => {
    const output = join(dir, 'simulado.xlsx');
    const run = await runCli('fix', input, '--output', output, '--rule', 'values/number-as-text', '--dry-run');
    expect(run.stdout).toContain('«Indicadores»!F7: «72.5» → 72.5 (values/number-as-text)');
    expect(run.stdout).toContain('simulación: no se escribió ningún archivo');
    expect(run.stdout).toContain('1 celda corregida.');
    expect(run.stdout).not.toContain('»!D17:');
    expect(run.stdout).toContain(`Archivo: ${input}`);
    expect(existsSync(output)).toBe(false);
  });

  it('refuses an existing output without --force and never writes over its input', async () => {
    const output = join(dir, 'existe.xlsx');
    writeFileSync(output, 'no tocar');
    const refused = await runCli('fix', input, '--output', output);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ya existe; use --force/);
    expect(readFileSync(output, 'utf8')).toBe('no tocar');

    const forced = await runCli('fix', input, '--output', output, '--force');
    expect(forced.code).toBe(1);
    expect((await read(output)).sheets.length).toBeGreaterThan(0);

    const same = await runCli('fix', input, '--output', input, '--force');
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/no puede ser el mismo libro/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('ends with exit 2 and one line on stderr for an unreadable input', async () => {
    const bad = join(dir, 'roto.xlsx');
    writeFileSync(bad, 'esto no es un libro');
    const run = await runCli('fix', bad, '--output', join(dir, 'salida.xlsx'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'salida.xlsx'))).toBe(false);
  });
});

describe('planifica fix --suggestion: a possible correction chosen by its cell', () => {
  // Column F sums its row, but two rows average it (/4): the typed 2 in F12 is what the
  // average would give, so the finding offers both forms and applies neither on its own.
  const rows: XlsxCellSpec[][] = [['Producto', 'T1', 'T2', 'T3', 'T4', 'Total']];
  for (let r = 2; r <= 12; r++) {
    const quarters = r === 12 ? [2, 2, 2, 2] : [r, r + 1, r + 2, r + 3];
    const sum = quarters.reduce((a, b) => a + b, 0);
    const total: XlsxCellSpec =
      r === 12
        ? 2
        : r >= 10
          ? { formula: `SUM(B${r}:E${r})/4`, result: sum / 4 }
          : { formula: `SUM(B${r}:E${r})`, result: sum };
    rows.push([`Producto ${r}`, ...quarters, total]);
  }
  let input: string;

  beforeAll(async () => {
    input = join(dir, 'sugerencias.xlsx');
    writeFileSync(input, await buildXlsx({ sheets: [{ name: 'Metas 2026', rows }] }));
  });

  it('validate lists the possible corrections, numbered, and says how to apply one', async () => {
    const run = await runCli('validate', input);
    expect(run.stdout).toContain('posible corrección 1: Escribir =SUM(B12:E12)');
    expect(run.stdout).toContain('posible corrección 2: Escribir =SUM(B12:E12)/4');
    expect(run.stdout).toContain(`planifica fix <libro.xlsx> --suggestion "'Metas 2026'!F12#1" --output <copia.xlsx>`);
  });

  it('a plain fix leaves the cell alone; the chosen suggestion is written, and only it', async () => {
    const plain = await runCli('fix', input, '--dry-run', '--format', 'json');
    expect((JSON.parse(plain.stdout) as FixReport).changes).toEqual([]);

    const output = join(dir, 'sugerencia-2.xlsx');
    const run = await runCli(
      'fix',
      input,
      '--suggestion',
      "'Metas 2026'!F12#2",
      '--output',
      output,
      '--format',
      'json',
    );
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as FixReport;
    expect(report.changes).toEqual([
      {
        sheet: 'Metas 2026',
        cell: 'F12',
        before: { value: 2 },
        after: { formula: '=SUM(B12:E12)/4' },
        rule: 'totals/hardcoded-total',
      },
    ]);
    const before = cellsOf(await read(input));
    const after = cellsOf(await read(output));
    expect(after.get('Metas 2026!F12')).toMatchObject({ formula: 'SUM(B12:E12)/4' });
    for (const [key, cell] of before) if (key !== 'Metas 2026!F12') expect(after.get(key)).toEqual(cell);
  });

  it('takes the sheet in any letter case, or no sheet, and is not filtered out by --rule', async () => {
    for (const choice of ['metas 2026!F12#1', 'F12#1', "'Metas 2026'!$F$12#1"]) {
      const run = await runCli(
        'fix',
        input,
        '-s',
        choice,
        '--rule',
        'values/number-as-text',
        '--dry-run',
        '--format',
        'json',
      );
      expect([choice, (JSON.parse(run.stdout) as FixReport).changes.map((c) => c.after)]).toEqual([
        choice,
        [{ formula: '=SUM(B12:E12)' }],
      ]);
    }
  });

  it('refuses, with one line and exit 2, a choice that names no suggestion or is ambiguous', async () => {
    const cases: [string, RegExp][] = [
      ['F12', /elija una de sus 2 posibles correcciones: #1 Escribir =SUM\(B12:E12\); #2/],
      ['F12#3', /el hallazgo tiene 2 posibles correcciones/],
      ['F11#1', /ningún hallazgo de esa celda tiene posibles correcciones/],
      ['Otra!F12#1', /ningún hallazgo de esa celda tiene posibles correcciones/],
    ];
    for (const [choice, message] of cases) {
      const run = await runCli('fix', input, '--suggestion', choice, '--output', join(dir, 'no.xlsx'));
      expect([choice, run.code, run.stdout]).toEqual([choice, 2, '']);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    const twice = await runCli('fix', input, '-s', 'F12#1', '-s', 'F12#2', '--dry-run');
    expect(twice.stderr).toMatch(/ya eligió otra posible corrección para esa celda/);
    const twoSheets = join(dir, 'dos-hojas.xlsx');
    writeFileSync(
      twoSheets,
      await buildXlsx({
        sheets: [
          { name: 'A', rows },
          { name: 'B', rows },
        ],
      }),
    );
    const ambiguous = await runCli('fix', twoSheets, '--suggestion', 'F12#1', '--dry-run');
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/en esa celda de varias hojas \(A!F12, B!F12\); nombre la hoja/);
    const malformed = await runCli('fix', input, '--suggestion', 'F12#x', '--dry-run');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/escriba la celda del hallazgo como 'Hoja 1'!G5/);
    expect(existsSync(join(dir, 'no.xlsx'))).toBe(false);
  });
});
