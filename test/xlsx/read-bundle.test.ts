/**
 * The command line loads ExcelJS from its prebuilt bundle (src/cli/exceljs-bundle.ts). The
 * ExcelJS reader (kept for tests, test/support/read-exceljs.ts) must give the same snapshot with it as
 * with the package's own entry point.
 */
import type { WorkbookSnapshot } from '../../src/core';
import { readXlsxWithExcelJs as readWithPackage } from '../support/read-exceljs';
import { writeWorkbook } from '../../src/xlsx/write';
import { buildBlankSpec } from '../../src/templates/build';
import { buildXlsx, buildZip, minimalWorkbookParts } from '../support/xlsx';

type Reader = (data: Uint8Array) => Promise<WorkbookSnapshot>;

function readerWithBundle(): Reader {
  let reader: Reader | undefined;
  jest.isolateModules(() => {
    jest.doMock('exceljs', () => jest.requireActual('exceljs/dist/exceljs.bare.min.js'));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    reader = (require('../support/read-exceljs') as typeof import('../support/read-exceljs')).readXlsxWithExcelJs;
  });
  return reader!;
}

describe('readXlsx with the ExcelJS bundle the command line loads', () => {
  const readWithBundle = readerWithBundle();

  it('is really the bundle: one file, without the Node-only streaming classes', () => {
    let loaded: { stream?: unknown } | undefined;
    jest.isolateModules(() => {
      jest.doMock('exceljs', () => jest.requireActual('exceljs/dist/exceljs.bare.min.js'));
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      loaded = require('exceljs');
    });
    expect(loaded?.stream).toBeUndefined();
    expect(jest.requireActual<{ stream?: unknown }>('exceljs').stream).toBeDefined();
  });

  it('reads values, formulas, styles, merges, names and properties as the package does', async () => {
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
            [
              { value: 'Subtotal', indent: 2 },
              { formula: 'SUM(B2:B3)', result: 15 },
              0,
              { formula: 'C2-C2', result: 0 },
            ],
            [{ richText: ['Meta ', 'física'] }, new Date(Date.UTC(2026, 0, 15)), { error: '#REF!' }, true],
            [
              { value: 0.25, numFmt: '0.00%' },
              { formula: 'B9', result: undefined },
            ],
            [{ arrayFormula: 'B2:B4*2', ref: 'A7:A9', result: 20 }],
          ],
          merges: ['B12:D12'],
        },
        { name: 'Oculta', rows: [['x']], hidden: true },
      ],
      definedNames: [{ name: 'PLANIFICA_GOALS_1', ref: "'Metas'!$A$1:$D$7" }],
    });
    const expected = await readWithPackage(bytes);
    expect(expected.sheets[0].cells.length).toBeGreaterThan(20);
    expect(await readWithBundle(bytes)).toEqual(expected);
  });

  it('reads hand-written parts (shared formulas, falsy cached results) as the package does', async () => {
    const sheetData =
      '<sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="C1"><f t="shared" ref="C1:C2" si="0">A1+$B$1</f><v>0</v></c>' +
      '<c r="D1" t="b"><f>A1&gt;1</f><v>0</v></c><c r="E1" t="str"><f>""</f><v></v></c></row>' +
      '<row r="2"><c r="A2"><v>4</v></c><c r="C2"><f t="shared" si="0"/><v>6</v></c></row>' +
      '</sheetData>';
    const bytes = buildZip(minimalWorkbookParts(sheetData));
    expect(await readWithBundle(bytes)).toEqual(await readWithPackage(bytes));
  });

  it('reads the generated templates as the package does', async () => {
    const bytes = await writeWorkbook(
      buildBlankSpec({ years: [2026, 2027, 2028], products: 3, subproductsPerProduct: 2 }),
    );
    const expected = await readWithPackage(bytes);
    expect(expected.sheets.length).toBeGreaterThan(3);
    expect(await readWithBundle(bytes)).toEqual(expected);
  });
});
