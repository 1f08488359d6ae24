import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { validateWorkbook } from '../../src/rules/run';
import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import type { WorkbookSpec } from '../../src/templates/spec';
import { STYLES } from '../../src/templates/styles';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from '../generate/example-model';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** A one-sheet spec to test the renderer alone. */
function tiny(cells: WorkbookSpec['sheets'][number]['cells']): WorkbookSpec {
  return {
    sheets: [{ name: 'Hoja', cells, merges: [], columns: [{ col: 'A', width: 30 }], validations: [] }],
    styles: STYLES,
    definedNames: [],
    properties: { title: 'Prueba' },
  };
}

describe('writeWorkbook', () => {
  it('writes text as text, whatever it starts with', async () => {
    const texts = ['=SUM(A1:A9)', '+502 5555-5555', '-', '@usuario', '=cmd|"/c calc"!A1'];
    const bytes = await writeWorkbook(tiny(texts.map((value, i) => ({ ref: `A${i + 1}`, value, style: 'text' }))));
    const sheet = (await load(bytes)).getWorksheet('Hoja')!;
    texts.forEach((text, i) => {
      const c = sheet.getCell(`A${i + 1}`);
      expect(c.type).toBe(ExcelJS.ValueType.String);
      expect(c.value).toBe(text);
    });
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets[0].cells.filter((c) => c.formula !== undefined)).toEqual([]);
  });

  it('writes formulas with their cached results, and asks for a full recalculation on load', async () => {
    const bytes = await writeWorkbook(
      tiny([
        { ref: 'A1', value: 2 },
        { ref: 'A2', formula: 'A1*3', result: 6, style: 'money' },
        { ref: 'A3', formula: 'A1*4' },
      ]),
    );
    const sheet = (await load(bytes)).getWorksheet('Hoja')!;
    expect(sheet.getCell('A2').value).toEqual({ formula: 'A1*3', result: 6 });
    expect(sheet.getCell('A2').numFmt).toBe('"Q"#,##0.00');
    expect(sheet.getCell('A3').value).toEqual({ formula: 'A1*4' });
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets[0].cells.find((c) => c.row === 1)).toMatchObject({ formula: 'A1*3', value: 6 });
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('renders the generated matrices: names, protection, lists, panes, print set-up, hidden lists', async () => {
    const bytes = await writeWorkbook(buildWorkbookSpec(exampleModel()));
    const workbook = await load(bytes);
    const goals = workbook.getWorksheet('Metas multianuales')!;
    expect(goals.getCell('A7').value).toBe('Producto:');
    expect(goals.getCell('E7').numFmt).toBe('"Q"#,##0.00');
    expect(goals.getCell('D16').protection).toMatchObject({ locked: false });
    expect(goals.getCell('E25').protection?.locked).not.toBe(false);
    expect(goals.getCell('C9').dataValidation).toMatchObject({ type: 'list', formulae: ['LISTA_UNIDADES'] });
    expect(goals.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 6 });
    expect(goals.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(goals.pageSetup.printTitlesRow).toBe('5:6');
    expect((goals as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(goals.getCell('A5').isMerged).toBe(true);
    expect(workbook.getWorksheet('Listas')!.state).toBe('hidden');
    const snapshot = await readXlsx(bytes);
    expect(snapshot.definedNames).toEqual(
      expect.arrayContaining([
        { name: 'PLANIFICA_GOALS_1', ref: "'Metas multianuales'!$A$5:$O$25" },
        { name: 'PLANIFICA_BUDGET_1', ref: 'Presupuesto!$A$5:$H$10' },
      ]),
    );
    expect(snapshot.properties).toMatchObject({ creator: 'Planifica' });
  });

  it('produces workbooks that validate without findings (model and blank)', async () => {
    const model = validateWorkbook(await readXlsx(await writeWorkbook(buildWorkbookSpec(exampleModel()))));
    expect(model.findings).toEqual([]);
    expect(model.matrices).toHaveLength(12);
    expect(model.matrices.every((m) => m.generated)).toBe(true);
    const blank = validateWorkbook(
      await readXlsx(await writeWorkbook(buildBlankSpec({ years: [2026, 2027, 2028, 2029, 2030] }))),
    );
    expect(blank.matrices.every((m) => m.generated)).toBe(true);
    expect(blank.findings).toEqual([]);
  });
});
