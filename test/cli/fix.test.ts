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
