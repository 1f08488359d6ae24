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
    expect(sheet.getCell('A2').numFmt).toBe('"Q "#,##0.00');
    expect(sheet.getCell('A3').value).toEqual({ formula: 'A1*4' });
    const snapshot = await readXlsx(bytes);
    expect(snapshot.sheets[0].cells.find((c) => c.row === 1)).toMatchObject({ formula: 'A1*3', value: 6 });
    const workbookXml = await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('renders the generated matrices: names, protection, lists, panes, print set-up, hidden lists', async () => {
    const bytes = await writeWorkbook(buildWorkbookSpec(exampleModel()));
    const workbook = await load(bytes);
    const goals = workbook.getWorksheet('9.5 Productos y metas')!;
    expect(goals.getCell('A7').value).toBe('Producto:');
    expect(goals.getCell('E7').numFmt).toBe('"Q "#,##0.00');
    expect(goals.getCell('B8').font).toMatchObject({ name: 'Arial', size: 10 });
    expect(goals.getCell('A7').font).toMatchObject({ name: 'Arial', bold: true });
    expect(goals.getRow(8).height).toBeGreaterThan(0);
    expect(goals.getCell('D16').protection).toMatchObject({ locked: false });
    expect(goals.getCell('E25').protection?.locked).not.toBe(false);
    expect(goals.getCell('C9').dataValidation).toMatchObject({ type: 'list', formulae: ['LISTA_UNIDADES'] });
    expect(goals.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 6 });
    expect(goals.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: false, paperSize: 5 });
    expect(goals.pageSetup.printTitlesRow).toBe('5:6');
    expect(goals.pageSetup.printTitlesColumn).toBe('A:C');
    expect(goals.headerFooter.oddFooter).toContain('Página &P de &N');
    const protection = (goals as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    // A planner may insert and delete rows (a product, a subproduct) on the protected sheet.
    expect(protection).toMatchObject({ sheet: true, insertRows: true, deleteRows: true });
    const zip = await JSZip.loadAsync(bytes);
    const goalsXml = await zip.file('xl/worksheets/sheet10.xml')!.async('string');
    expect(goalsXml).toMatch(
      /<colBreaks count="1" manualBreakCount="1"><brk id="9" max="1048575" man="1"\/><\/colBreaks>/,
    );
    expect(goalsXml).toMatch(/<sheetProtection [^>]*insertRows="0"[^>]*deleteRows="0"/);
    expect(await zip.file('xl/styles.xml')!.async('string')).toMatch(
      /<fonts[^>]*><font><sz val="10"\/><name val="Arial"\/>/,
    );
    expect(await zip.file('docProps/custom.xml')!.async('string')).toContain(
      'name="institutionCode"><vt:lpwstr>1120-0069-000-000</vt:lpwstr>',
    );
    expect(workbook.getWorksheet('Índice')!.getCell('C6').value).toMatchObject({
      text: '3 Análisis de políticas',
      hyperlink: "'3 Análisis de políticas'!A1",
    });
    expect(goals.getCell('A5').isMerged).toBe(true);
    expect(workbook.getWorksheet('Listas')!.state).toBe('hidden');
    const snapshot = await readXlsx(bytes);
    expect(snapshot.definedNames).toEqual(
      expect.arrayContaining([
        { name: 'PLANIFICA_GOALS_1', ref: "'9.5 Productos y metas'!$A$5:$O$25" },
        { name: 'PLANIFICA_BUDGET_1', ref: "'8 Presupuesto'!$A$5:$H$10" },
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
