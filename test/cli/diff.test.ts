/**
 * `planifica diff` on the example pairs: between each example and its corrected twin it lists
 * exactly the corrections (every changed cell once, each named in the example's list of
 * mistakes, nothing else), and an edit made in one matrix only is reported as not carried to the
 * others.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { cellChanges } from '../../src/domain/diff/cells';
import type { PlanDiff } from '../../src/domain/diff/diff';
import { readXlsx } from '../../src/xlsx/read';
import { ROOT, exampleNames, expectedMistakes } from '../support/pom-examples';
import { runCli } from './run-cli';

const example = (name: string) => join(ROOT, 'examples', `${name}.xlsx`);
const at = (p: { sheet: string; range: string }) => `${p.sheet}!${p.range}`;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planifica-diff-'));
});

async function diffJson(before: string, after: string): Promise<PlanDiff> {
  const run = await runCli('diff', before, after, '--format', 'json');
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as PlanDiff;
}

describe.each(exampleNames())('planifica diff %s → corrected twin', (name) => {
  let diff: PlanDiff;
  let changed: { cell: string; formulaKept: boolean }[];

  beforeAll(async () => {
    diff = await diffJson(example(name), example(`${name}-corregido`));
    const [a, b] = await Promise.all([name, `${name}-corregido`].map(async (n) => readXlsx(readFileSync(example(n)))));
    changed = cellChanges(a, b).cells.map((c) => ({
      cell: at(c),
      formulaKept: c.before?.formula !== undefined && c.before.formula === c.after?.formula,
    }));
  });

  it('accounts for every changed cell exactly: in a plan change or, at the end, as a cell change', () => {
    const accounted = new Set([
      ...diff.changes.flatMap((c) => [...c.places, ...c.beforePlaces].map(at)),
      ...diff.cellChanges.map(at),
    ]);
    expect([...accounted].sort()).toEqual(changed.map((c) => c.cell).sort());
    const cells = new Set(changed.map((c) => c.cell));
    for (const change of diff.changes)
      expect({ change: change.message, touches: change.places.some((p) => cells.has(at(p))) }).toEqual({
        change: change.message,
        touches: true,
      });
    expect(diff.changes.length).toBeGreaterThan(0);
  });

  it('lists only corrections: each changed cell is a listed mistake (or one of its cells), or a total recalculated from one', () => {
    const named = new Set(expectedMistakes(name).flatMap((m) => [at(m), ...(m.related ?? []).map(at)]));
    expect(changed.filter((c) => !named.has(c.cell) && !c.formulaKept).map((c) => c.cell)).toEqual([]);
  });

  it('finds every correction carried to all the matrices that state the same figure', () => {
    expect(diff.changes.filter((c) => c.notCarried.length > 0).map((c) => c.message)).toEqual([]);
  });
});

describe('planifica diff: the IGM corrections in the plan’s terms', () => {
  let diff: PlanDiff;
  beforeAll(async () => {
    diff = await diffJson(example('igm-pom-2026-2030'), example('igm-pom-2026-2030-corregido'));
  });
  const find = (range: string) => diff.changes.find((c) => c.places.some((p) => at(p) === range))!;

  it('a goal corrected in 9.5 that now agrees with 9.1', () => {
    expect(find('9.5 Metas multianuales!E20')).toMatchObject({
      kind: 'changed',
      topic: 'physical',
      label: 'Meta física 2027',
      subject: 'Control, Registro de Nacionales y Extranjeros en el Territorio Nacional',
      before: '19,045,389',
      after: '19,045,289',
      notCarried: [],
      agrees: [{ sheet: '9.1 Indicadores multianual', range: 'I11' }],
    });
  });

  it('the typo in a subproduct’s name, the statement corrected in three matrices at once, the product newly linked in 9.3', () => {
    expect(find('9.5 Metas multianuales!A17')).toMatchObject({
      label: 'Nombre',
      before: '«Vistas Guatemaltecas emitidas»',
      after: '«Visas guatemaltecas emitidas»',
    });
    expect(find('5 Resultados!E7').places.map(at)).toEqual([
      '5 Resultados!E7',
      '9.2 Resultados y productos!A6',
      '9.4 Cobertura!A6',
    ]);
    expect(find('9.3 Red programática!B24')).toMatchObject({
      kind: 'appearance-added',
      subject: 'Personas atendidas en la emisión de certificaciones de control migratorio',
    });
    expect(find('9.5 Metas multianuales!D26')).toMatchObject({
      label: 'Total de metas financieras 2026',
      before: 'Q565,504,297.00',
      after: 'Q569,504,297.00',
    });
  });

  it('the budget sentence outside any matrix, as a cell change at the end', () => {
    expect(diff.cellChanges.map(at)).toEqual(['8 Presupuesto!A3']);
  });
});

describe('planifica diff: an edit made in one matrix only', () => {
  let edited: string;
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(example('igm-pom-2026-2030-corregido')) as unknown as ArrayBuffer);
    workbook.getWorksheet('9.5 Metas multianuales')!.getCell('E20').value = 19_100_000;
    edited = join(dir, 'igm-editado.xlsx');
    await workbook.xlsx.writeFile(edited);
  });

  it('is reported as not carried to the multiannual indicator matrix (json)', async () => {
    const diff = await diffJson(example('igm-pom-2026-2030-corregido'), edited);
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      label: 'Meta física 2027',
      before: '19,045,289',
      after: '19,100,000',
      places: [{ sheet: '9.5 Metas multianuales', range: 'E20' }],
      notCarried: [
        {
          matrix: 'Ficha de indicadores de productos a nivel multianual',
          sheet: '9.1 Indicadores multianual',
          range: 'I11',
          value: '19,045,289',
        },
      ],
    });
  });

  it('says so in the text report, with a warning mark', async () => {
    const run = await runCli('diff', example('igm-pom-2026-2030-corregido'), edited);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '⚠ Meta física 2027 de «Control, Registro de Nacionales y Extranjeros en el Territorio Nacional»: 19,045,289 → 19,100,000 (9.5 Metas multianuales!E20). No se trasladó a: 9.1 Indicadores multianual!I11 (19,045,289).',
    );
    expect(run.stdout).toContain(
      'Resumen: 1 cambios en el plan (1 no trasladados a todas las matrices), 0 cambios de celdas.',
    );
  });

  it('writes the xlsx form with its two tables and links to the new version', async () => {
    const out = join(dir, 'cambios.xlsx');
    const run = await runCli('diff', example('igm-pom-2026-2030-corregido'), edited, '--output', out);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet('Cambios')!;
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual(['Cambios']);
    expect(sheet.getCell('A4').value).toMatchObject({
      text: '9.5 Metas multianuales!E20',
      hyperlink: expect.stringMatching(/igm-editado\.xlsx#'9\.5 Metas multianuales'!E20$/),
    });
    expect(sheet.getCell('G4').value).toBe('9.1 Indicadores multianual!I11 (19,045,289)');
    expect(workbook.getWorksheet('Celdas')).toBeDefined();
  });
});

describe('planifica diff: refusals', () => {
  it('exits 2 with one line on stderr when a workbook cannot be read', async () => {
    const bad = join(dir, 'roto.xlsx');
    writeFileSync(bad, 'x');
    const run = await runCli('diff', bad, example('inab-poa-2026'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('roto.xlsx');
  });

  it('never writes over an input or an existing file without --force', async () => {
    const input = example('inab-poa-2026');
    const over = await runCli('diff', input, example('inab-poa-2026-corregido'), '--output', input, '--force');
    expect(over.code).toBe(2);
    const existing = join(dir, 'existe.txt');
    writeFileSync(existing, 'previo');
    const refused = await runCli('diff', input, example('inab-poa-2026-corregido'), '--output', existing);
    expect(refused.code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('previo');
    const forced = await runCli('diff', input, example('inab-poa-2026-corregido'), '--output', existing, '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(existing, 'utf8')).toContain('Cambios en el plan (5):');
    expect(existsSync(existing)).toBe(true);
  });

  it('needs two workbooks', async () => {
    const run = await runCli('diff', example('inab-poa-2026'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('indique dos libros');
  });
});
