import { workbookSnapshotSchema } from '../../src/core/snapshot-schema';
import { CELLS_PER_REQUEST, planRequests, readWorkbook, stripSheetPrefixes } from '../../src/excel/read';
import { ALL_FEATURES, NO_OPTIONAL_FEATURES } from '../../src/excel/requirements';
import { FakeContext, newSheet, newWorkbook, type FakeSheet } from './fake-excel';

/** A sheet of `rows` × `cols` numbers with a SUM total column. */
function numberSheet(name: string, rows: number, cols: number): FakeSheet {
  const sheet = newSheet(name);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols - 1; c++) sheet.cells.set(`${r},${c}`, { value: r * cols + c });
    sheet.cells.set(`${r},${cols - 1}`, { formula: `=SUM(A${r + 1}:I${r + 1})`, value: 1 });
  }
  return sheet;
}

function workbookOf(sheets: number, rowsPerSheet: number, cols = 10): FakeContext {
  return new FakeContext(
    newWorkbook(Array.from({ length: sheets }, (_, i) => numberSheet(`Hoja ${i + 1}`, rowsPerSheet, cols))),
  );
}

describe('readWorkbook', () => {
  it('reads values, formulas, errors, number formats, merges, hidden sheets and names', async () => {
    const metas = newSheet('Metas multianuales', {
      A1: 'Producto',
      B1: { value: 2026, numberFormat: '0' },
      A2: 'Total',
      B2: { formula: '=SUM(B3:B4)', value: 30 },
      B3: { value: 10, numberFormat: '#,##0' },
      B4: { value: 20 },
      C2: { formula: "='Otra hoja'!A1", error: '#REF!' },
      D4: { value: true },
    });
    metas.merges.push('A5:C5');
    const hidden = newSheet('Listas', { A1: 'Unidad' });
    hidden.visibility = 'Hidden';
    const model = newWorkbook([metas, hidden, newSheet('Vacía')]);
    model.names.push({ name: 'PLANIFICA_GOALS_1', formula: "='Metas multianuales'!$A$1:$D$4" });
    model.properties.custom.set('generator', 'Planifica');
    const context = new FakeContext(model);

    const snapshot = await readWorkbook(context.asExcel(), { features: ALL_FEATURES });

    expect(workbookSnapshotSchema.safeParse(snapshot).success).toBe(true);
    const [goals, lists, empty] = snapshot.sheets;
    expect(goals.name).toBe('Metas multianuales');
    expect(goals.usedRange).toBe('A1:D4');
    expect(goals.merges).toEqual(['A5:C5']);
    expect(goals.cells).toEqual([
      { row: 0, col: 0, value: 'Producto' },
      { row: 0, col: 1, value: 2026, numFmt: '0' },
      { row: 1, col: 0, value: 'Total' },
      { row: 1, col: 1, value: 30, formula: 'SUM(B3:B4)' },
      { row: 1, col: 2, value: { error: '#REF!' }, formula: "'Otra hoja'!A1" },
      { row: 2, col: 1, value: 10, numFmt: '#,##0' },
      { row: 3, col: 1, value: 20 },
      { row: 3, col: 3, value: true },
    ]);
    expect(lists.hidden).toBe(true);
    expect(empty).toEqual({ name: 'Vacía', cells: [], merges: [], usedRange: null });
    expect(snapshot.definedNames).toEqual([{ name: 'PLANIFICA_GOALS_1', ref: "'Metas multianuales'!$A$1:$D$4" }]);
    expect(snapshot.properties).toEqual({ generator: 'Planifica' });
  });

  it('reads bold and indent through getCellProperties when ExcelApi 1.9 is there', async () => {
    const sheet = newSheet('Metas', {
      A1: { value: 'Producto 1', bold: true },
      A2: { value: 'Subproducto', indent: 1 },
    });
    const snapshot = await readWorkbook(new FakeContext(newWorkbook([sheet])).asExcel(), { features: ALL_FEATURES });
    expect(snapshot.sheets[0].cells.map((c) => c.style)).toEqual([{ bold: true }, { indent: 1 }]);
  });

  it('leaves out the sheets it is told to skip', async () => {
    const context = new FakeContext(newWorkbook([newSheet('Metas', { A1: 1 }), newSheet('Hallazgos', { A1: 'x' })]));
    const snapshot = await readWorkbook(context.asExcel(), {
      features: NO_OPTIONAL_FEATURES,
      skipSheets: ['hallazgos'],
    });
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Metas']);
  });

  describe('round trips', () => {
    it('costs the same for 1 000 rows and 10 000 rows (100 k cells, 10 sheets) within the block limit', async () => {
      const small = workbookOf(10, 100);
      const large = workbookOf(10, 1000);
      const options = { features: NO_OPTIONAL_FEATURES, cellsPerRequest: 100_000 };
      const smallSnapshot = await readWorkbook(small.asExcel(), options);
      const largeSnapshot = await readWorkbook(large.asExcel(), options);
      expect(largeSnapshot.sheets.reduce((n, s) => n + s.cells.length, 0)).toBe(100_000);
      expect(smallSnapshot.sheets.reduce((n, s) => n + s.cells.length, 0)).toBe(10_000);
      expect(small.syncCount).toBe(3);
      expect(large.syncCount).toBe(3);
    });

    it('beyond the limit, costs 2 + ceil(cells / cellsPerRequest) syncs', async () => {
      const context = workbookOf(10, 1000);
      const snapshot = await readWorkbook(context.asExcel(), { features: NO_OPTIONAL_FEATURES });
      expect(snapshot.sheets.every((s) => s.cells.length === 10_000)).toBe(true);
      expect(context.syncCount).toBe(2 + Math.ceil(100_000 / CELLS_PER_REQUEST));
    });

    it('with cell properties (bold/indent) halves the block: 2 + ceil(2 × cells / cellsPerRequest)', async () => {
      const context = workbookOf(10, 1000);
      await readWorkbook(context.asExcel(), { features: ALL_FEATURES });
      expect(context.syncCount).toBe(2 + Math.ceil((2 * 100_000) / CELLS_PER_REQUEST));
    });

    it('halves the request and retries when Excel on the web refuses the payload', async () => {
      const context = workbookOf(2, 1000);
      context.payloadCellLimit = 6_000;
      const snapshot = await readWorkbook(context.asExcel(), { features: NO_OPTIONAL_FEATURES });
      expect(snapshot.sheets.map((s) => s.cells.length)).toEqual([10_000, 10_000]);
      expect(snapshot.sheets[1].cells.at(-1)).toEqual({ row: 999, col: 9, value: 1, formula: 'SUM(A1000:I1000)' });
    });

    it('says so in plain words when even small requests are refused', async () => {
      const context = workbookOf(1, 100);
      context.payloadCellLimit = 10;
      await expect(readWorkbook(context.asExcel(), { features: NO_OPTIONAL_FEATURES })).rejects.toMatchObject({
        code: 'payload-too-large',
        message: expect.stringContaining('demasiado grande'),
      });
    });
  });
});

describe('planRequests', () => {
  it('packs small sheets into one request and splits a tall sheet into row blocks', () => {
    expect(
      planRequests(
        [
          { rows: 10, cols: 10 },
          { rows: 0, cols: 0 },
          { rows: 5, cols: 4 },
        ],
        1000,
      ),
    ).toEqual([
      [
        { area: 0, rowOffset: 0, rows: 10 },
        { area: 2, rowOffset: 0, rows: 5 },
      ],
    ]);
    expect(planRequests([{ rows: 25, cols: 10 }], 100)).toEqual([
      [{ area: 0, rowOffset: 0, rows: 10 }],
      [{ area: 0, rowOffset: 10, rows: 10 }],
      [{ area: 0, rowOffset: 20, rows: 5 }],
    ]);
  });

  it('never puts more than the limit in one request when rows fit', () => {
    const requests = planRequests(
      [
        { rows: 333, cols: 7 },
        { rows: 50, cols: 13 },
        { rows: 999, cols: 3 },
      ],
      500,
    );
    for (const request of requests) {
      const cells = request.reduce((n, b) => n + b.rows * [7, 13, 3][b.area], 0);
      expect(cells).toBeLessThanOrEqual(500);
    }
    const rowsRead = [0, 1, 2].map((a) =>
      requests
        .flat()
        .filter((b) => b.area === a)
        .reduce((n, b) => n + b.rows, 0),
    );
    expect(rowsRead).toEqual([333, 50, 999]);
  });
});

describe('stripSheetPrefixes', () => {
  it('drops sheet names, quotes and dollars', () => {
    expect(stripSheetPrefixes("'Hoja 1'!$A$1:$B$2, 'Hoja 1'!C3")).toEqual(['A1:B2', 'C3']);
  });
});
