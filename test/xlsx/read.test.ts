import ExcelJS from 'exceljs';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/core';
import { workbookSnapshotSchema } from '../../src/core/snapshot-schema';
import { readXlsx } from '../../src/xlsx/read';
import { buildXlsx, buildZip, minimalWorkbookParts } from '../support/xlsx';

function cellAt(sheet: SheetSnapshot, address: string): Cell | undefined {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(match[2]) - 1;
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

describe('readXlsx', () => {
  let snapshot: WorkbookSnapshot;
  let metas: SheetSnapshot;

  beforeAll(async () => {
    const bytes = await buildXlsx({
      creator: 'Unidad de Planificación',
      title: 'POM 2026-2030',
      sheets: [
        {
          name: 'Metas',
          rows: [
            [{ value: 'Producto', bold: true, fill: 'FFF2CC' }, 2026, 2027, 'Total'],
            ['Producto A', 10, 20, { formula: 'SUM(B2:C2)', result: 30 }],
            ['Producto B', 5, 6, { sharedFormula: 'D2', result: 11 }],
            ['Producto C', 1, 2, { sharedFormula: 'D2', result: 3 }],
            [
              { value: 'Subtotal', indent: 2 },
              { formula: 'SUM(B2:B4)', result: 16 },
              null,
              { formula: '_xlfn.XLOOKUP(1,B2:B4,C2:C4)', result: 20 },
            ],
            [
              { richText: ['Meta ', 'física'] },
              new Date(Date.UTC(2026, 0, 15)),
              { error: '#REF!' },
              { formula: 'B2/0', result: { error: '#DIV/0!' } },
            ],
            [
              { text: 'Portal SEGEPLAN', hyperlink: 'https://www.segeplan.gob.gt' },
              true,
              { value: 0.25, numFmt: '0.00%' },
              { formula: 'B9', result: undefined },
            ],
            [{ arrayFormula: 'B2:B4*2', ref: 'A8:A10', result: 20 }],
          ],
          merges: ['B12:D12'],
        },
        { name: 'Oculta', rows: [['x']], hidden: true },
        { name: 'MuyOculta', rows: [['y']], hidden: 'veryHidden' },
        { name: '__proto__', rows: [[1]] },
        { name: 'constructor', rows: [[2]] },
      ],
      definedNames: [{ name: 'PLANIFICA_GOALS_1', ref: "'Metas'!$A$1:$D$7" }],
    });
    snapshot = await readXlsx(bytes);
    metas = sheetNamed(snapshot, 'Metas');
  });

  it('produces a snapshot that satisfies the schema, sheets in workbook order', () => {
    expect(() => workbookSnapshotSchema.parse(snapshot)).not.toThrow();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Metas', 'Oculta', 'MuyOculta', '__proto__', 'constructor']);
  });

  it('reads numbers, text and booleans', () => {
    expect(cellAt(metas, 'B2')).toEqual({ row: 1, col: 1, value: 10 });
    expect(cellAt(metas, 'A3')?.value).toBe('Producto B');
    expect(cellAt(metas, 'B7')?.value).toBe(true);
  });

  it('reads formulas with their cached results, null when there is none', () => {
    expect(cellAt(metas, 'D2')).toMatchObject({ formula: 'SUM(B2:C2)', value: 30 });
    expect(cellAt(metas, 'D7')).toMatchObject({ formula: 'B9', value: null });
  });

  it('translates shared formulas to each cell', () => {
    expect(cellAt(metas, 'D3')).toMatchObject({ formula: 'SUM(B3:C3)', value: 11 });
    expect(cellAt(metas, 'D4')).toMatchObject({ formula: 'SUM(B4:C4)', value: 3 });
  });

  it('marks every cell of an array formula', () => {
    for (const address of ['A8', 'A9', 'A10']) {
      expect(cellAt(metas, address)).toMatchObject({ formula: 'B2:B4*2', array: true });
    }
    expect(cellAt(metas, 'D2')?.array).toBeUndefined();
    // The others carry no `array` field at all: 8 bytes a cell, on a million cells.
    expect(Object.keys(cellAt(metas, 'D2')!)).not.toContain('array');
    expect(Object.keys(cellAt(metas, 'A9')!)).toContain('array');
  });

  it('reads error values and error results', () => {
    expect(cellAt(metas, 'C6')?.value).toEqual({ error: '#REF!' });
    expect(cellAt(metas, 'D6')).toMatchObject({ formula: 'B2/0', value: { error: '#DIV/0!' } });
  });

  it('strips the storage prefix of newer functions', () => {
    expect(cellAt(metas, 'D5')?.formula).toBe('XLOOKUP(1,B2:B4,C2:C4)');
  });

  it('joins rich text and keeps the text of hyperlinks', () => {
    expect(cellAt(metas, 'A6')?.value).toBe('Meta física');
    expect(cellAt(metas, 'A7')?.value).toBe('Portal SEGEPLAN');
  });

  it('turns dates into Excel serial numbers and keeps their format', () => {
    const date = cellAt(metas, 'B6');
    expect(date?.value).toBe(46037); // 2026-01-15
    expect(date?.numFmt).toBeDefined();
  });

  it('keeps number formats other than General, and styles', () => {
    expect(cellAt(metas, 'C7')).toMatchObject({ value: 0.25, numFmt: '0.00%' });
    expect(cellAt(metas, 'B2')?.numFmt).toBeUndefined();
    expect(cellAt(metas, 'A1')?.style).toEqual({ bold: true, fill: 'FFF2CC' });
    expect(cellAt(metas, 'A5')?.style).toEqual({ indent: 2 });
    expect(cellAt(metas, 'A2')?.style).toBeUndefined();
  });

  it('reads merged areas and leaves out the cells they cover', () => {
    expect(metas.merges).toEqual(['B12:D12']);
    expect(cellAt(metas, 'C12')).toBeUndefined();
  });

  it('computes the used range from the cells it keeps', () => {
    expect(metas.usedRange).toBe('A1:D10');
    expect(sheetNamed(snapshot, 'Oculta').usedRange).toBe('A1');
  });

  it('marks hidden and very hidden sheets', () => {
    expect(metas.hidden).toBeUndefined();
    expect(sheetNamed(snapshot, 'Oculta').hidden).toBe(true);
    expect(sheetNamed(snapshot, 'MuyOculta').hidden).toBe(true);
  });

  it('reads workbook-scoped defined names as written', () => {
    expect(snapshot.definedNames).toEqual([{ name: 'PLANIFICA_GOALS_1', ref: 'Metas!$A$1:$D$7' }]);
  });

  it('reads document properties', () => {
    expect(snapshot.properties).toMatchObject({ creator: 'Unidad de Planificación', title: 'POM 2026-2030' });
  });

  it('handles sheets named like Object.prototype members without pollution', () => {
    expect(cellAt(sheetNamed(snapshot, '__proto__'), 'A1')?.value).toBe(1);
    expect(cellAt(sheetNamed(snapshot, 'constructor'), 'A1')?.value).toBe(2);
    expect(({} as Record<string, unknown>).value).toBeUndefined();
  });

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await buildXlsx({ sheets: [{ name: 'S', rows: [[1, 2]] }] });
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const fromBuffer = await readXlsx(buffer);
    expect(fromBuffer.sheets[0].cells.map((c) => c.value)).toEqual([1, 2]);
  });
});

describe('readXlsx date systems and formula results', () => {
  it('gives serial numbers of the 1904 date system in a 1904 workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const sheet = workbook.addWorksheet('Fechas');
    sheet.getCell('A1').value = new Date(Date.UTC(2026, 0, 15));
    const snapshot = await readXlsx(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(snapshot.sheets[0].cells[0].value).toBe(46037 - 1462);
  });

  it('keeps text and boolean results of formulas', async () => {
    const bytes = await buildXlsx({
      sheets: [
        {
          name: 'S',
          rows: [
            [
              { formula: 'IF(1,"sí","no")', result: 'sí' },
              { formula: 'AND(TRUE,TRUE)', result: true },
            ],
          ],
        },
      ],
    });
    const values = (await readXlsx(bytes)).sheets[0].cells.map((c) => [c.formula, c.value]);
    expect(values).toEqual([
      ['IF(1,"sí","no")', 'sí'],
      ['AND(TRUE,TRUE)', true],
    ]);
  });
});

describe('readXlsx on parts written by hand', () => {
  it('translates shared formulas as Excel stores them, with absolute parts and other sheets', async () => {
    const sheetData =
      '<sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1+$B$1+\'Otra hoja\'!A1</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c></row>' +
      '<row r="3"><c r="A3"><v>5</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
      '</sheetData>';
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(sheetData)));
    const formulas = snapshot.sheets[0].cells.filter((c) => c.formula).map((c) => [c.formula, c.value]);
    expect(formulas).toEqual([
      ["A1+$B$1+'Otra hoja'!A1", 3],
      ["A2+$B$1+'Otra hoja'!A2", 6],
      ["A3+$B$1+'Otra hoja'!A3", 7],
    ]);
  });

  it('keeps falsy cached results of formulas: 0, FALSE and empty text are values, not blanks', async () => {
    const sheetData =
      '<sheetData>' +
      '<row r="1"><c r="A1"><v>5</v></c><c r="B1"><v>5</v></c>' +
      '<c r="C1"><f>A1-B1</f><v>0</v></c>' +
      '<c r="D1" t="b"><f>A1&gt;B1</f><v>0</v></c>' +
      '<c r="E1" t="str"><f>IF(A1=B1,"","x")</f><v></v></c>' +
      '<c r="F1"><f t="shared" ref="F1:F2" si="0">A1*0</f><v>0</v></c>' +
      '<c r="G1"><f>A1</f></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="F2"><f t="shared" si="0"/><v>0</v></c></row>' +
      '</sheetData>';
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(sheetData)));
    const formulas = snapshot.sheets[0].cells.filter((c) => c.formula).map((c) => [c.formula, c.value]);
    expect(formulas).toEqual([
      ['A1-B1', 0],
      ['A1>B1', false],
      ['IF(A1=B1,"","x")', ''],
      ['A1*0', 0],
      ['A1', null],
      ['A2*0', 0],
    ]);
  });

  it('translates shared formulas that only @borgar/fx can move: whole columns, crossing ranges', async () => {
    const sheetData =
      '<sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">SUM(B:B)-A1+SUM($D1:D$1)</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c></row>' +
      '<row r="3"><c r="A3"><v>5</v></c><c r="C3"><f t="shared" si="0"/><v>7</v></c></row>' +
      '</sheetData>';
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(sheetData)));
    const formulas = snapshot.sheets[0].cells.filter((c) => c.formula).map((c) => c.formula);
    expect(formulas).toEqual(['SUM(B:B)-A1+SUM($D1:D$1)', 'SUM(B:B)-A2+SUM($D$1:D2)', 'SUM(B:B)-A3+SUM($D$1:D3)']);
  });

  it('spreads a two-dimensional array formula over every cell of its area, and only there', async () => {
    const sheetData =
      '<sheetData>' +
      '<row r="1"><c r="A1"><f t="array" ref="A1:B2">{1,2;3,4}</f><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>9</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c></row>' +
      '</sheetData>';
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(sheetData)));
    const marked = snapshot.sheets[0].cells.map((c) => [c.row, c.col, c.value, c.formula ?? null, c.array ?? false]);
    expect(marked).toEqual([
      [0, 0, 1, '{1,2;3,4}', true],
      [0, 1, 2, '{1,2;3,4}', true],
      [0, 2, 9, null, false],
      [1, 0, 3, '{1,2;3,4}', true],
      [1, 1, 4, '{1,2;3,4}', true],
    ]);
  });

  it('reads merged areas itself: hidden cells left out, thousands of merges in linear time', async () => {
    const merges = Array.from({ length: 10_000 }, (_, i) => `<mergeCell ref="C${i + 1}:D${i + 1}"/>`);
    const sheetData =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c><c r="D1"><v>4</v></c></row></sheetData>' +
      `<mergeCells count="10001"><mergeCell ref="A1:B1"/>${merges.join('')}</mergeCells>`;
    const started = Date.now();
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(sheetData)));
    expect(Date.now() - started).toBeLessThan(3000);
    const sheet = snapshot.sheets[0];
    expect(sheet.cells.map((c) => [c.col, c.value])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(sheet.merges).toHaveLength(10_001);
    expect(sheet.merges.slice(0, 2)).toEqual(['A1:B1', 'C1:D1']);
  });

  it('reads sheet-scoped names apart: only workbook-scoped ones are listed', async () => {
    const parts = minimalWorkbookParts('<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>');
    const workbookPart = parts.find((p) => p.name === 'xl/workbook.xml')!;
    workbookPart.data = String(workbookPart.data).replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Hoja1!$A$1:$Z$900000</definedName>' +
        '<definedName name="PLANIFICA_BUDGET_1">Hoja1!$A$1:$C$9</definedName><definedName name="Tasa">0.05</definedName></definedNames>',
    );
    const started = Date.now();
    const snapshot = await readXlsx(buildZip(parts));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(snapshot.definedNames).toEqual([
      { name: 'PLANIFICA_BUDGET_1', ref: 'Hoja1!$A$1:$C$9' },
      { name: 'Tasa', ref: '0.05' },
    ]);
  });

  it('reads custom document properties', async () => {
    const parts = minimalWorkbookParts('<sheetData/>');
    parts.push({
      name: 'docProps/custom.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="PlanificaVersion"><vt:lpwstr>0.1.0 &amp; más</vt:lpwstr></property>' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="__proto__"><vt:lpwstr>x</vt:lpwstr></property>' +
        '</Properties>',
    });
    const snapshot = await readXlsx(buildZip(parts));
    expect(snapshot.properties?.PlanificaVersion).toBe('0.1.0 & más');
    expect(Object.prototype.hasOwnProperty.call(snapshot.properties, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('ignores whole-column data validations instead of expanding them cell by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Catálogo');
    sheet.getCell('A1').value = 'Unidad';
    // ExcelJS's typings leave out the worksheet's dataValidations collection.
    const validations = (sheet as unknown as { dataValidations: { add(range: string, rule: object): void } })
      .dataValidations;
    validations.add('A2:A1048576', { type: 'list', allowBlank: true, formulae: ['"Persona,Documento"'] });
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const started = Date.now();
    const snapshot = await readXlsx(bytes);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(snapshot.sheets[0].cells).toHaveLength(1);
  });
});

describe('readXlsx without DecompressionStream (Node before 20.12, old browsers)', () => {
  it('lets ExcelJS inflate and gives the same snapshot', async () => {
    const bytes = await buildXlsx({
      sheets: [
        {
          name: 'Metas',
          rows: [
            ['Producto', 'Metas', null, 'Total'],
            ['A', 1, 2, { formula: 'SUM(B2:C2)', result: 3 }],
            ['B', 4, 5, { sharedFormula: 'D2', result: 9 }],
          ],
          merges: ['B1:C1', 'A5:D6'],
        },
      ],
      definedNames: [{ name: 'PLANIFICA_GOALS_1', ref: "'Metas'!$A$1:$D$3" }],
    });
    const expected = await readXlsx(bytes);
    const globals = globalThis as { DecompressionStream?: unknown };
    const saved = globals.DecompressionStream;
    delete globals.DecompressionStream;
    try {
      const fallback = await readXlsx(bytes);
      expect(fallback.sheets).toEqual(expected.sheets);
      expect(expected.sheets[0].merges).toEqual(['B1:C1', 'A5:D6']);
    } finally {
      globals.DecompressionStream = saved;
    }
  });
});
