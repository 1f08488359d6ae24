/**
 * Recognition of the example workbooks in examples/ (the IGM POM 2026-2030 as an institution
 * typed it, and its corrected twin), read with the project's own .xlsx reader.
 */
import fs from 'fs';
import path from 'path';
import { WorkbookView } from '../../../src/core';
import { getRecognition } from '../../../src/domain/recognize';
import type { Matrix } from '../../../src/domain/matrix';
import { readXlsx } from '../../../src/xlsx/read';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

/** One line per matrix: type, sheet, range, header rows, and how many items/rows/fields it holds. */
function outline(m: Matrix): string {
  const size =
    m.type === 'budget'
      ? m.programmes.length
      : m.type === 'indicator-sheet'
        ? Object.keys(m.fields).length
        : m.type === 'indicator-matrix' || m.type === 'policy'
          ? m.rows.length
          : m.items.length;
  return `${m.type} ${m.sheet}!${m.range} ${m.headerTop + 1}-${m.headerBottom + 1} ${size}`;
}

const EXPECTED = [
  'policy 3 Análisis de políticas!A3:F10 3-3 7',
  'pgg 3.1 Vinculación PGG!A3:E22 3-4 18',
  'results 5 Resultados!A6:E7 6-6 0',
  'results 5 Resultados!A9:E10 9-9 0',
  'budget 8 Presupuesto!A5:G10 5-5 4',
  'indicator-sheet 9.1 Fichas indicadores!A1:H26 1-4 16',
  'indicator-sheet 9.1 Fichas indicadores!A29:H54 29-32 16',
  'indicator-sheet 9.1 Fichas indicadores!A57:H82 57-60 16',
  'indicator-sheet 9.1 Fichas indicadores!A85:H110 85-88 16',
  'indicator-matrix 9.1 Indicadores multianual!A4:R11 4-7 4',
  'results 9.2 Resultados y productos!A4:C19 4-5 14',
  'programmatic 9.3 Red programática!A4:H27 4-4 #',
  'coverage 9.4 Cobertura!A4:F19 4-5 14',
  'goals 9.5 Metas multianuales!A6:L26 6-7 18',
];

describe.each([
  ['igm-pom-2026-2030.xlsx', 17],
  ['igm-pom-2026-2030-corregido.xlsx', 18],
])('%s', (file, programmaticItems) => {
  let matrices: Matrix[] = [];
  beforeAll(async () => {
    const snapshot = await readXlsx(fs.readFileSync(path.join(EXAMPLES, file)));
    matrices = getRecognition(new WorkbookView(snapshot)).matrices;
  });

  it('recognises every matrix of the POM, in sheet order', () => {
    expect(matrices.map(outline)).toEqual(EXPECTED.map((line) => line.replace('#', String(programmaticItems))));
  });

  it('reads the goals matrix: five years of physical/financial pairs, products and their subproducts', () => {
    const goals = matrices.find((m) => m.type === 'goals')!;
    if (goals.type !== 'goals') throw new Error('not goals');
    expect(goals.years.map((y) => [y.year, y.physicalCol, y.financialCol])).toEqual([
      [2026, 2, 3],
      [2027, 4, 5],
      [2028, 6, 7],
      [2029, 8, 9],
      [2030, 10, 11],
    ]);
    expect(goals.items.filter((i) => i.level === 'product').map((i) => i.row)).toEqual([7, 9, 12, 15, 19, 23]);
    for (const item of goals.items.filter((i) => i.level === 'subproduct'))
      expect(goals.items[item.parent!].level).toBe('product');
    expect(goals.total?.row).toBe(25);
  });

  it('reads every ficha with code, trend and a baseline year', () => {
    const fichas = matrices.filter((m) => m.type === 'indicator-sheet');
    for (const ficha of fichas) {
      if (ficha.type !== 'indicator-sheet') continue;
      expect(ficha.code?.value).toBeDefined();
      expect(ficha.trend.years.length).toBeGreaterThanOrEqual(6);
      expect(ficha.trend.values).toHaveLength(ficha.trend.years.length);
      expect(ficha.baseline.year?.value).toBe(2023);
    }
  });

  it('joins the budget tables into five years', () => {
    const budget = matrices.find((m) => m.type === 'budget')!;
    if (budget.type !== 'budget') throw new Error('not budget');
    expect(budget.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(budget.programmes.map((p) => String(p.code.value).padStart(2, '0'))).toEqual(['01', '11', '12', '99']);
    expect(budget.total?.amounts).toHaveLength(5);
  });
});

/** Two other institutions' workbooks, laid out their own way. */
const OTHER_INSTITUTIONS: [string, string[]][] = [
  [
    'inab-poa-2026',
    [
      'goals POA 2026!A6:I19 6-7 11',
      'budget Presupuesto 2026!A3:C7 3-3 3',
      'indicator-matrix Indicadores!B5:I9 5-6 3',
      'indicator-sheet Ficha indicador!A1:F16 1-4 8',
      'results Resultado!A1:A2 1-1 0',
      'coverage Cobertura!A3:C8 3-3 5',
    ],
  ],
  [
    'sbs-pom-2027-2031',
    [
      'budget Presupuesto POM!B5:H10 5-5 4',
      'goals Metas y red programática!A4:M19 4-5 13',
      'programmatic Metas y red programática!A25:G38 25-25 13',
      'indicator-matrix Indicadores!B5:R9 5-6 3',
      'indicator-sheet Fichas!B2:H22 2-5 11',
      'indicator-sheet Fichas!B26:H47 26-29 12',
      'results Resultados!B3:F5 3-4 0',
      'coverage Cobertura!A3:D6 3-3 3',
    ],
  ],
];

describe.each(
  OTHER_INSTITUTIONS.flatMap(([name, lines]) => [
    [`${name}.xlsx`, lines] as const,
    [`${name}-corregido.xlsx`, lines] as const,
  ]),
)('%s', (file, lines) => {
  let matrices: Matrix[] = [];
  beforeAll(async () => {
    const snapshot = await readXlsx(fs.readFileSync(path.join(EXAMPLES, file)));
    matrices = getRecognition(new WorkbookView(snapshot)).matrices;
  });

  it('recognises every matrix with its area and size, and misses no column', () => {
    expect(matrices.map(outline)).toEqual(lines);
    expect(matrices.filter((m) => m.missingColumns)).toEqual([]);
  });

  if (file.startsWith('inab')) {
    it('reads the POA goals: "META FÍSICA 2026" over Anual/Trim. columns, "Meta financiera 2026 (Q)" apart', () => {
      const goals = matrices.find((m) => m.type === 'goals');
      if (goals?.type !== 'goals') throw new Error('goals expected');
      expect(goals.years).toEqual([{ year: 2026, headerCol: 3, physicalCol: 3, financialCol: 8 }]);
      expect(goals.total?.financial[0]).toMatchObject({ row: 18, col: 8 });
      expect(goals.items.filter((i) => i.level === 'product')).toHaveLength(4);
    });

    it('reads a one-year result statement under "RESULTADO INSTITUCIONAL 2026"', () => {
      const results = matrices.find((m) => m.type === 'results');
      if (results?.type !== 'results') throw new Error('results expected');
      expect(results.statements).toEqual([{ columnYear: 2026, text: expect.objectContaining({ row: 1, col: 0 }) }]);
    });
  } else {
    it('reads the "Tipo" column (Producto / Subproducto) as the level of each row', () => {
      const goals = matrices.find((m) => m.type === 'goals');
      if (goals?.type !== 'goals') throw new Error('goals expected');
      expect(goals.items.every((i) => i.levelBy === 'prefix')).toBe(true);
      expect(goals.items.filter((i) => i.level === 'product').map((i) => i.name.col)).toEqual([1, 1, 1, 1, 1]);
    });

    it('reads the multiannual total column "Total 2027-2031" of the indicator matrix', () => {
      const indicators = matrices.find((m) => m.type === 'indicator-matrix');
      if (indicators?.type !== 'indicator-matrix') throw new Error('indicator matrix expected');
      expect(indicators.rows[0].total?.absolute).toMatchObject({ row: 6, col: 17 });
      expect(indicators.years.map((y) => y.year)).toEqual([2027, 2028, 2029, 2030, 2031]);
    });
  }
});
