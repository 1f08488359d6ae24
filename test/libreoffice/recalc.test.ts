/**
 * Generated workbooks opened in a real spreadsheet engine (LibreOffice headless): every formula
 * computes without an error value and to the expected figure, and a goal typed once flows to
 * every total, matrix and check cell that depends on it.
 */
import ExcelJS from 'exceljs';
import { isErrorValue } from '../../src/core';
import { modelYears } from '../../src/domain/model';
import { validateWorkbook } from '../../src/rules/run';
import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import { SHEET_NAMES } from '../../src/templates/layout';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { editWorkbook, recalculate, RECALC_TIMEOUT_MS, withoutResults } from './soffice';
import { exampleModel } from '../generate/example-model';

jest.setTimeout(3 * RECALC_TIMEOUT_MS);

type Values = (sheet: string, ref: string) => unknown;

/** What each cell shows after the engine ran: the cached result of formulas (0 included; "" reads undefined). */
async function computedValues(bytes: Uint8Array): Promise<{ get: Values; errors: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const errors: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const model = cell.model as { result?: unknown; value?: unknown; formula?: string };
        const shown = model.formula !== undefined ? model.result : cell.value;
        if (shown && typeof shown === 'object' && 'error' in shown) errors.push(`${sheet.name}!${cell.address}`);
      }),
    ),
  );
  const get: Values = (sheet, ref) => {
    const cell = workbook.getWorksheet(sheet)!.getCell(ref);
    const model = cell.model as { result?: unknown; formula?: string };
    return model.formula !== undefined ? model.result : cell.value;
  };
  return { get, errors };
}

/** Column letter of a 0-based column. */
const col = (n: number): string => String.fromCharCode(65 + n);

describe('generated workbooks in LibreOffice', () => {
  const model = exampleModel();
  const years = modelYears(model);
  const budgetTotals = years.map((y) => model.budget.reduce((sum, p) => sum + p.amounts[String(y)], 0));
  // Layout of the goals sheet (see src/templates/layout.ts): products from row 7, two columns a year from D.
  const productRows: number[] = [];
  let row = 7;
  for (const product of model.products) {
    productRows.push(row);
    row += 1 + product.subproducts.length;
  }
  const totalRow = row;
  const physicalCol = (i: number) => col(3 + 2 * i);
  const financialCol = (i: number) => col(4 + 2 * i);
  const totalPhysicalCol = col(3 + 2 * years.length);
  const totalFinancialCol = col(4 + 2 * years.length);

  let original: Uint8Array;
  beforeAll(async () => {
    original = await writeWorkbook(withoutResults(buildWorkbookSpec(model)));
  });

  it('computes every total of the example model to the expected figure, with no error value', async () => {
    const recalculated = await recalculate(original);
    const { get, errors } = await computedValues(recalculated);
    expect(errors).toEqual([]);
    expect(budgetTotals).toEqual([569504297, 615467314, 614166687, 615240736, 620810475]);
    const goals = SHEET_NAMES.goals;
    years.forEach((year, i) => {
      expect(get(goals, `${financialCol(i)}${totalRow}`)).toBe(budgetTotals[i]);
      expect(get(goals, `${financialCol(i)}${totalRow + 3}`)).toBe(0);
      model.products.forEach((product, p) => {
        expect(get(goals, `${physicalCol(i)}${productRows[p]}`)).toBe(product.goals[String(year)].physical);
        expect(get(goals, `${financialCol(i)}${productRows[p]}`)).toBe(product.goals[String(year)].financial);
      });
    });
    const multiannual = budgetTotals.reduce((a, b) => a + b, 0);
    expect(get(goals, `${totalFinancialCol}${totalRow}`)).toBe(multiannual);
    expect(get(goals, `${totalFinancialCol}${totalRow + 3}`)).toBe(0);
    // Budget sheet: Total row, multiannual total, and every check cell at zero.
    const budget = SHEET_NAMES.budget;
    const budgetTotalRow = 6 + model.budget.length;
    years.forEach((_, i) => expect(get(budget, `${col(2 + i)}${budgetTotalRow}`)).toBe(budgetTotals[i]));
    expect(get(budget, `${col(2 + years.length)}${budgetTotalRow}`)).toBe(multiannual);
    for (let r = budgetTotalRow + 3; r <= budgetTotalRow + 3 + model.budget.length; r++) {
      for (let c = 2; c <= 2 + years.length; c++) expect(get(budget, `${col(c)}${r}`)).toBe(0);
    }
    // Indicator matrix: absolutes are the products' physical goals; relatives are fractions.
    const indicators = SHEET_NAMES.indicators;
    model.indicators.forEach((indicator, k) => {
      const product = model.products.find((p) => p.name === indicator.product)!;
      const r = 8 + k;
      expect(get(indicators, `F${r}`)).toBeCloseTo(indicator.baseline.value / 100, 10);
      years.forEach((year, i) => {
        expect(get(indicators, `${col(6 + 2 * i)}${r}`)).toBe(product.goals[String(year)].physical);
        expect(get(indicators, `${col(7 + 2 * i)}${r}`)).toBe(1);
      });
      const sum = years.reduce((s, y) => s + product.goals[String(y)].physical, 0);
      expect(get(indicators, `${col(6 + 2 * years.length)}${r}`)).toBe(sum);
    });
    expect(get(indicators, 'Q9')).toBe(6843634); // Emisión de Documentos: the seed's total, now with 1,517,829 in 2030
    const snapshot = await readXlsx(recalculated);
    expect(snapshot.sheets.flatMap((sheet) => sheet.cells.filter((cell) => isErrorValue(cell.value)))).toEqual([]);
    expect(validateWorkbook(snapshot).findings).toEqual([]);
  });

  it('computes blank templates (five years and a one-year POA) without error values or findings', async () => {
    for (const blankYears of [[2026, 2027, 2028, 2029, 2030], [2026]]) {
      const blank = await writeWorkbook(withoutResults(buildBlankSpec({ years: blankYears, products: 2 })));
      const recalculated = await recalculate(blank);
      const { get, errors } = await computedValues(recalculated);
      expect(errors).toEqual([]);
      expect(get(SHEET_NAMES.goals, `E${7 + 2 * 3}`)).toBe(0); // Total of the first year
      expect(validateWorkbook(await readXlsx(recalculated)).findings).toEqual([]);
    }
  });

  it('moves every dependent figure when one subproduct goal changes, and validation flags only the budget gap', async () => {
    const visas = model.products.findIndex((p) => p.name === 'Registro, Control y Emisión de Visas y Residencias');
    const residencias = productRows[visas] + 2; // its second subproduct
    const goals = SHEET_NAMES.goals;
    const edited = await editWorkbook(original, (workbook) => {
      const sheet = workbook.getWorksheet(goals)!;
      expect(sheet.getCell(`B${residencias}`).value).toBe('Residencias emitidas');
      sheet.getCell(`D${residencias}`).value = 7913 + 87;
      sheet.getCell(`E${residencias}`).value = 1754353 + 1000;
    });
    const recalculated = await recalculate(edited);
    const { get, errors } = await computedValues(recalculated);
    expect(errors).toEqual([]);
    const product = productRows[visas];
    expect(get(goals, `D${product}`)).toBe(45654 + 87);
    expect(get(goals, `E${product}`)).toBe(4192292 + 1000);
    expect(get(goals, `${totalPhysicalCol}${product}`)).toBe(45654 + 47937 + 50334 + 52850 + 55492 + 87);
    expect(get(goals, `${totalPhysicalCol}${residencias}`)).toBe(7913 + 8309 + 8725 + 9159 + 9618 + 87);
    expect(get(goals, `E${totalRow}`)).toBe(569504297 + 1000);
    expect(get(goals, `${totalFinancialCol}${totalRow}`)).toBe(3035189509 + 1000);
    expect(get(goals, `E${totalRow + 3}`)).toBe(1000);
    expect(get(goals, `G${totalRow + 3}`)).toBe(0);
    const budget = SHEET_NAMES.budget;
    const budgetTotalRow = 6 + model.budget.length;
    expect(get(budget, `C${budgetTotalRow + 3}`)).toBe(-1000); // budget − goals
    expect(get(budget, `C${budgetTotalRow + 4 + 1}`)).toBe(-1000); // programme 11 (second programme)
    expect(get(budget, `C${budgetTotalRow + 4}`)).toBe(0); // programme 01
    const indicators = SHEET_NAMES.indicators;
    const indicatorRow = 8 + model.indicators.findIndex((i) => i.product === model.products[visas].name);
    expect(get(indicators, `G${indicatorRow}`)).toBe(45654 + 87);
    expect(get(indicators, `Q${indicatorRow}`)).toBe(252267 + 87); // the years of Visas y Residencias add to 252,267

    const findings = validateWorkbook(await readXlsx(recalculated)).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      // Only the consequence of the edit: the 2026 goals (column E) no longer match the 2026
      // budget (column C), overall and for programme 11.
      expect(['total-mismatch', 'cross-sheet-mismatch']).toContain(finding.kind);
      expect(`${finding.sheet}!${finding.range}`).toMatch(/^(9\.5 Productos y metas!E\d+|8 Presupuesto!C\d+)$/);
    }
    expect(findings.map((f) => f.message).join('\n')).toMatch(/programa 11/);
  });
});
