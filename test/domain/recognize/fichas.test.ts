import { WorkbookView } from '../../../src/core';
import { matricesOf } from '../../../src/domain/recognize';
import { sheet, workbook } from '../../support/workbook';
import { fichaRows, SEED_FICHAS, seedFichas, seedIndicatorMatrix } from './seed-sheets';

describe('fichas técnicas (§9.1)', () => {
  const view = new WorkbookView(workbook(seedFichas()));
  const fichas = matricesOf(view, 'indicator-sheet');

  it('finds the three fichas stacked on one sheet, each with its header lines', () => {
    expect(fichas.map((f) => f.range)).toEqual(['B3:I33', 'B35:I65', 'B67:I97']);
    expect(fichas.map((f) => [f.headerTop, f.headerBottom])).toEqual([
      [2, 5],
      [34, 37],
      [66, 69],
    ]);
  });

  it('splits "1. Porcentaje de …" into code and name, located at the value cell', () => {
    expect(fichas.map((f) => f.code?.value)).toEqual(['1.', '1.', '1.']);
    expect(fichas[1].name).toEqual({ value: 'Porcentaje de documentos migratorios emitidos', row: 37, col: 2 });
  });

  it('reads every field and its label', () => {
    const [first] = fichas;
    expect(first.fields.category).toEqual({ value: 'PRODUCTO', row: 6, col: 2 });
    expect(first.fields.frequency?.value).toBe('Anual');
    expect(first.labels.formula).toEqual({ value: 'Formula Calculo', row: 13, col: 1 });
    expect(first.fields.responsibleUnit?.value).toBe('Departamento de Estadística y Archivos');
    expect(first.fields.technicalNotes).toEqual({ value: SEED_FICHAS[0].notes, row: 32, col: 1 });
    expect(first.fields.associatedProduction?.value).toBe('Asistencia y Protección a las Personas Migrantes');
    expect(Object.keys(first.fields).sort()).toEqual(Object.keys(first.labels).sort());
    expect(Object.keys(first.fields)).toHaveLength(16);
  });

  it('reads the trend: years row and values row', () => {
    const trend = fichas[0].trend;
    expect(trend.years.map((y) => y.value)).toEqual([2023, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(trend.values.map((v) => v.value)).toEqual([83.77, 100, 100, 100, 100, 100, 100]);
    expect(trend.values[0]).toMatchObject({ row: 18, col: 2 });
  });

  it('parses "Año: 2023" and "Valor: 97.53" typed as text, located at their cells', () => {
    expect(fichas[0].baseline.year).toEqual({ value: 2023, row: 19, col: 2 });
    expect(fichas[0].baseline.value).toBeUndefined();
    expect(fichas[1].baseline.year).toEqual({ value: 2023, row: 51, col: 2 });
    expect(fichas[1].baseline.value).toEqual({ value: 97.53, row: 51, col: 3 });
    expect(fichas[1].baseline.label).toMatchObject({ value: 'Línea Base', col: 1 });
  });

  it('reads values from merged cells and a baseline split into label and value cells', () => {
    const rows = fichaRows(SEED_FICHAS[0], 1).map((row) =>
      row[0] === 'Línea Base' ? ['Línea Base', 'Año', 2023, 'Valor', 83.77] : [row[0], null, null, ...row.slice(1)],
    );
    const view2 = new WorkbookView(workbook(sheet('F', rows, { merges: ['B4:C4', 'B5:C5'] })));
    const [ficha] = matricesOf(view2, 'indicator-sheet');
    expect(ficha.fields.codeAndName).toEqual({ value: SEED_FICHAS[0].codeAndName, row: 3, col: 3 });
    expect(ficha.baseline.year).toEqual({ value: 2023, row: 17, col: 2 });
    expect(ficha.baseline.value).toEqual({ value: 83.77, row: 17, col: 4 });
  });
});

describe('multiannual indicator matrix (§9.1 end)', () => {
  const view = new WorkbookView(workbook(seedIndicatorMatrix()));
  const [matrix] = matricesOf(view, 'indicator-matrix');

  it('reads the four header rows: baseline, years with absolute/relative pairs, total', () => {
    expect(matrix.headerTop).toBe(2);
    expect(matrix.headerBottom).toBe(5);
    expect(matrix.range).toBe('A3:R10');
    expect(matrix.years).toEqual([
      { year: 2026, headerCol: 6, absoluteCol: 6, relativeCol: 7 },
      { year: 2027, headerCol: 8, absoluteCol: 8, relativeCol: 9 },
      { year: 2028, headerCol: 10, absoluteCol: 10, relativeCol: 11 },
      { year: 2029, headerCol: 12, absoluteCol: 12, relativeCol: 13 },
      { year: 2030, headerCol: 14, absoluteCol: 14, relativeCol: 15 },
    ]);
  });

  it('reads each product row with unit, indicator, baseline and total', () => {
    expect(matrix.rows).toHaveLength(4);
    const documents = matrix.rows[1];
    expect(documents).toMatchObject({
      level: 'product',
      key: 'emision de documentos migratorios',
      unit: { value: 'Documentos' },
      indicator: { value: 'Porcentaje de documentos migratorios emitidos', col: 2 },
      baseline: {
        year: { value: 2023, col: 3 },
        absolute: { value: 758200, col: 4 },
        relative: { value: 0.9753, col: 5 },
      },
      total: { absolute: { value: 6843634, row: 7, col: 16 }, relative: { value: 1, col: 17 } },
    });
    expect(documents.absolute.map((c) => c?.value)).toEqual([1225189, 1293948, 1367545, 1439123, 1517]);
    expect(documents.relative[4]).toEqual({ value: 1, row: 7, col: 15 });
  });
});

describe('ficha baseline with an empty year (inbox from E)', () => {
  it('"Año:" with nothing after it gives an empty year, and "Valor:" keeps its value', () => {
    const rows = fichaRows(SEED_FICHAS[0], 1).map((row) =>
      row[0] === 'Línea Base' ? ['Línea Base', 'Año:', null, 'Valor:', 83.77] : row,
    );
    const [ficha] = matricesOf(new WorkbookView(workbook(sheet('F', rows))), 'indicator-sheet');
    expect(ficha.baseline.year).toEqual({ value: null, row: 17, col: 2 });
    expect(ficha.baseline.value).toEqual({ value: 83.77, row: 17, col: 4 });
  });
});

describe('empty fichas stacked (a blank template, inbox from E)', () => {
  it('an empty "Notas Técnicas" does not take the next ficha\'s header line', () => {
    const blank = (spec: (typeof SEED_FICHAS)[number], page: number) =>
      fichaRows(spec, page).map((row, i) => (i <= 2 || row[0] === 'Años' ? row : row.slice(0, 1)));
    const rows = [...blank(SEED_FICHAS[0], 1).slice(0, 30), ...blank(SEED_FICHAS[1], 2)];
    const fichas = matricesOf(new WorkbookView(workbook(sheet('F', rows))), 'indicator-sheet');
    expect(fichas).toHaveLength(2);
    expect(fichas[0].labels.technicalNotes).toBeDefined();
    expect(fichas[0].fields.technicalNotes).toBeUndefined();
    expect(fichas[0].fields.codeAndName).toBeUndefined();
  });
});

describe('baseline on its own rows', () => {
  it('"Línea Base" over "Año | 2023" and "Valor | 97.53" rows', () => {
    const rows = fichaRows(SEED_FICHAS[1], 1).flatMap((row) =>
      row[0] === 'Línea Base' ? [['Línea Base'], ['Año', 2023], ['Valor', 97.53]] : [row],
    );
    const [ficha] = matricesOf(new WorkbookView(workbook(sheet('F', rows))), 'indicator-sheet');
    expect(ficha.baseline.year).toEqual({ value: 2023, row: 18, col: 1 });
    expect(ficha.baseline.value).toEqual({ value: 97.53, row: 19, col: 1 });
    expect(ficha.trend.years).toHaveLength(7);
    expect(ficha.fields.trendExplanation?.row).toBe(20);
  });
});

describe('fichas side by side (three to a printed page, in bands)', () => {
  // The seed's three fichas, each 8 columns wide and a blank column apart, twice: two bands.
  const WIDTH = 9;
  const band = (page: number) => {
    const parts = SEED_FICHAS.map((spec, i) => fichaRows(spec, page + i));
    const height = Math.max(...parts.map((p) => p.length));
    return Array.from({ length: height }, (_, r) =>
      parts.flatMap((p) => [...(p[r] ?? []), ...Array<null>(WIDTH - (p[r]?.length ?? 0)).fill(null)]),
    );
  };
  const rows = [...band(1), [], [], ...band(4)];
  const fichas = matricesOf(new WorkbookView(workbook(sheet('Fichas', rows))), 'indicator-sheet');
  const stacked = matricesOf(new WorkbookView(workbook(seedFichas())), 'indicator-sheet');

  it('finds each ficha, bounded by the one beside it and by the band below', () => {
    expect(fichas).toHaveLength(6);
    const height = band(1).length;
    expect(fichas.map((f) => [f.range.split(':')[0], f.headerTop])).toEqual([
      ['A1', 0],
      ['J1', 0],
      ['S1', 0],
      [`A${height + 3}`, height + 2],
      [`J${height + 3}`, height + 2],
      [`S${height + 3}`, height + 2],
    ]);
  });

  it('reads each ficha as the same ficha stacked: name, fields, trend, baseline', () => {
    const summary = (f: (typeof fichas)[number]) => ({
      name: f.name?.value,
      fields: Object.fromEntries(Object.entries(f.fields).map(([key, cell]) => [key, cell.value])),
      trend: [f.trend.years.map((y) => y.value), f.trend.values.map((v) => v.value)],
      baseline: [f.baseline.year?.value, f.baseline.value?.value],
    });
    expect(fichas.slice(0, 3).map(summary)).toEqual(stacked.map(summary));
    expect(fichas.slice(3).map(summary)).toEqual(stacked.map(summary));
  });
});
