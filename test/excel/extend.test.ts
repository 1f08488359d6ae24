/**
 * "Agregar producto / subproducto" in the live workbook (the typed fake host): the rows go in
 * with their zeros, row totals and formats, the product and Total sums include them, every
 * reference below moves (check rows, indicator matrix, defined name), the sheet is protected
 * again; the result, recalculated by LibreOffice, keeps every difference at 0 and validates
 * without findings.
 */
import ExcelJS from 'exceljs';
import { cellAddress, parseCell } from '../../src/core';
import { addGoalsItem } from '../../src/excel/extend';
import { ALL_FEATURES } from '../../src/excel/requirements';
import { writeSpec } from '../../src/excel/write';
import { validateWorkbook } from '../../src/rules/run';
import { buildWorkbookSpec } from '../../src/templates/build';
import { draftFromModel } from '../../src/templates/draft';
import { budgetLayout, goalsLayout, SHEET_NAMES } from '../../src/templates/layout';
import { readXlsx } from '../../src/xlsx/read';
import { exampleModel } from '../generate/example-model';
import { recalculate, RECALC_TIMEOUT_MS } from '../libreoffice/soffice';
import {
  cellAt,
  deleteRows,
  FakeContext,
  newSheet,
  newWorkbook,
  shiftRows,
  type FakeWorkbookModel,
} from './fake-excel';

jest.setTimeout(2 * RECALC_TIMEOUT_MS);

/** The fake workbook as an .xlsx (values, formulas without results, number formats, merges, names). */
async function toXlsx(model: FakeWorkbookModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.visibility === 'Visible' ? 'visible' : 'hidden' });
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(',').map(Number);
      const target = ws.getCell(cellAddress(row, col));
      if (cell.formula) target.value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined && cell.value !== '') target.value = cell.value;
      if (cell.numberFormat && cell.numberFormat !== 'General') target.numFmt = cell.numberFormat;
    }
    for (const merge of new Set(sheet.merges)) ws.mergeCells(merge);
  }
  for (const name of model.names) workbook.definedNames.add(name.formula.replace(/^=/, ''), name.name);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

it('shifts references to rows at or below an insertion, on its own sheet only', () => {
  expect(shiftRows("=SUM(D8:D12)+'9.5 Metas'!E9+Hoja!E9", 'Hoja', '9.5 Metas', 8, 2)).toBe(
    "=SUM(D8:D12)+'9.5 Metas'!E11+Hoja!E9",
  );
  expect(shiftRows('=SUM(D8:D12)+"D9"', 'Hoja', 'Hoja', 8, 1)).toBe('=SUM(D8:D13)+"D9"');
  expect(deleteRows('=SUM(D8:D12)+E9+E15', 'Hoja', 'Hoja', 8, 2)).toBe('=SUM(D8:D10)+#REF!+E13');
});

it('adds a subproduct and a product to the goals matrix and deletes a row again; totals, references and validation stay right', async () => {
  const pom = exampleModel();
  const spec = buildWorkbookSpec(pom);
  const model = newWorkbook([newSheet('Hoja1')]);
  const context = new FakeContext(model);
  await writeSpec(context.asExcel(), spec, { features: ALL_FEATURES, overwrite: false });
  const goals = model.sheets.find((s) => s.name === SHEET_NAMES.goals)!;
  const layout = goalsLayout(draftFromModel(pom));
  const emision = pom.products.findIndex((p) => p.name === 'Emisión de Documentos Migratorios');
  const product = layout.productRows[emision]; // 0-based
  const lastSub = layout.subproductRows[emision].at(-1)!;
  const a1 = (row: number, col: number) => cellAddress(row, col);

  // A subproduct under the selected product.
  model.selection = `${SHEET_NAMES.goals}!${a1(product + 1, 1)}`;
  const syncs = context.syncCount;
  const added = await addGoalsItem(context.asExcel(), 'subproduct');
  expect(context.syncCount - syncs).toBe(3);
  const newRow = lastSub + 1;
  expect(added).toEqual({ kind: 'added', sheet: SHEET_NAMES.goals, rows: [newRow + 1] });
  expect(cellAt(goals, a1(newRow, 3))?.value).toBe(0);
  expect(cellAt(goals, a1(newRow, layout.totalFinancialCol))?.formula).toBe(
    `=SUM(${[4, 6, 8, 10, 12].map((c) => a1(newRow, c)).join(',')})`,
  );
  expect(cellAt(goals, a1(product, 4))?.formula).toBe(`=SUM(${a1(product + 1, 4)}:${a1(newRow, 4)})`);
  expect(cellAt(goals, a1(newRow, 4))?.numberFormat).toBe('"Q "#,##0.00');
  // The check rows and the indicator matrix moved with the rows below.
  expect(cellAt(goals, a1(layout.differenceRow + 1, 4))?.formula).toBe(
    `=${a1(layout.totalRow + 1, 4)}-${a1(layout.budgetRow + 1, 4)}`,
  );
  const indicators = model.sheets.find((s) => s.name === SHEET_NAMES.indicators)!;
  const visas = pom.products.findIndex((p) => p.name === 'Registro, Control y Emisión de Visas y Residencias');
  const visasIndicator = pom.indicators.findIndex((i) => i.product === pom.products[visas].name);
  expect(cellAt(indicators, a1(7 + visasIndicator, 6))?.formula).toBe(
    `='${SHEET_NAMES.goals}'!${a1(layout.productRows[visas] + 1, 3)}`,
  );
  expect(goals.protected).toBe(true);
  expect(goals.protectionOptions).toMatchObject({ allowInsertRows: true, allowDeleteRows: true });

  // A product (with one subproduct) before the Total row.
  const total = layout.totalRow + 1;
  const second = await addGoalsItem(context.asExcel(), 'product');
  // The example's products belong to several programmes: the new product's PRG is left to the
  // planner, in the template’s text format, and the outcome names the cell.
  const prg = a1(total, layout.programmeCol);
  expect(second).toEqual({ kind: 'added', sheet: SHEET_NAMES.goals, rows: [total + 1, total + 2], programmeCell: prg });
  expect(cellAt(goals, prg)?.value ?? '').toBe('');
  expect(cellAt(goals, prg)?.numberFormat).toBe('@');
  expect(cellAt(goals, a1(total, 0))?.value).toBe('Producto:');
  expect(cellAt(goals, a1(total, 4))?.formula).toBe(`=SUM(${a1(total + 1, 4)})`);
  const productRows = [...layout.productRows.map((r) => (r > lastSub ? r + 1 : r)), total];
  expect(productRows.every((r) => cellAt(goals, a1(r, 0))?.value === 'Producto:')).toBe(true);
  expect(cellAt(goals, a1(total + 2, 4))?.formula).toBe(`=SUMIF($A$7:$A$${total + 2},"Producto:",E7:E${total + 2})`);
  expect(cellAt(goals, a1(total + 1, 1))?.value).toBeUndefined(); // the copied sample's name is cleared
  const name = model.names.find((n) => n.name === 'PLANIFICA_GOALS_1')!;
  expect(name.formula).toBe(`='${SHEET_NAMES.goals}'!A5:O${layout.totalRow + 1 + 3}`);
  expect(parseCell(model.selection!.split('!')[1])).toEqual({ row: total, col: 1 });

  // The planner deletes the new subproduct row again: the product's sum shrinks, no #REF!, and
  // the Total's SUMIF still finds every product.
  const ws = context.asExcel().workbook.worksheets.getItem(SHEET_NAMES.goals);
  ws.protection.unprotect();
  ws.getRange(`${newRow + 1}:${newRow + 1}`).delete('Up');
  await context.sync();
  expect([...goals.cells.values()].filter((c) => c.formula?.includes('#REF!'))).toEqual([]);
  expect(cellAt(goals, a1(product, 4))?.formula).toBe(`=SUM(${a1(product + 1, 4)}:${a1(lastSub, 4)})`);

  // What Excel would compute: LibreOffice recalculates the edited workbook.
  const recalculated = await recalculate(await toXlsx(model));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(recalculated as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(SHEET_NAMES.goals)!;
  const shown = (row: number, col: number) => {
    const cell = sheet.getCell(a1(row, col)).model as { result?: unknown; value?: unknown; formula?: string };
    return cell.formula !== undefined ? cell.result : cell.value;
  };
  const moved = 2; // three rows added, one deleted
  for (const col of [4, 6, 8, 10, 12, 14]) expect(shown(layout.differenceRow + moved, col)).toBe(0);
  expect(shown(layout.totalRow + moved, 4)).toBe(569504297);
  expect(validateWorkbook(await readXlsx(recalculated)).findings).toEqual([]);
});

it('gives a new product the programme code every product of the matrix shares', async () => {
  const pom = exampleModel();
  const programme = pom.products[0].codes.programa;
  for (const product of pom.products) product.codes.programa = programme;
  const model = newWorkbook([newSheet('Hoja1')]);
  const context = new FakeContext(model);
  await writeSpec(context.asExcel(), buildWorkbookSpec(pom), { features: ALL_FEATURES, overwrite: false });
  const layout = goalsLayout(draftFromModel(pom));
  const goals = model.sheets.find((s) => s.name === SHEET_NAMES.goals)!;
  const total = layout.totalRow;
  const syncs = context.syncCount;
  const added = await addGoalsItem(context.asExcel(), 'product');
  expect(context.syncCount - syncs).toBe(3);
  expect(added).toEqual({ kind: 'added', sheet: SHEET_NAMES.goals, rows: [total + 1, total + 2] });
  expect(cellAt(goals, cellAddress(total, layout.programmeCol))?.value).toBe(programme);
  // The subproduct row under it keeps an empty PRG, as generated subproducts do.
  expect(cellAt(goals, cellAddress(total + 1, layout.programmeCol))?.value ?? null).toBeNull();
});

it('deleting a whole product in the live workbook keeps the budget per programme right (no #REF!)', async () => {
  const pom = exampleModel();
  const draft = draftFromModel(pom);
  const model = newWorkbook([newSheet('Hoja1')]);
  const context = new FakeContext(model);
  await writeSpec(context.asExcel(), buildWorkbookSpec(pom), { features: ALL_FEATURES, overwrite: false });
  const layout = goalsLayout(draft);
  const budget = budgetLayout(draft);
  // The planner deletes the first product (programme 01) and the last (99) with their
  // subproducts, bottom-up, and zeroes those programmes' budget.
  const ws = context.asExcel().workbook.worksheets.getItem(SHEET_NAMES.goals);
  ws.protection.unprotect();
  for (const p of [draft.products.length - 1, 0]) {
    const first = layout.productRows[p] + 1;
    const last = first + layout.subproductRows[p].length;
    ws.getRange(`${first}:${last}`).delete('Up');
  }
  const budgetSheet = context.asExcel().workbook.worksheets.getItem(SHEET_NAMES.budget);
  await context.sync();
  // The same products leave the other matrices that list them (found by name, bottom-up).
  const gone = [draft.products[0], draft.products.at(-1)!];
  for (const sheet of model.sheets) {
    const blocks = [...sheet.cells.entries()]
      .filter(([, c]) => c.value === 'Producto:')
      .map(([key]) => key.split(',').map(Number))
      .map(([row, col]) => ({
        row,
        product: gone.find((p) => cellAt(sheet, cellAddress(row, col + 1))?.value === p.name),
      }))
      .filter((b) => b.product !== undefined)
      .sort((a, b) => b.row - a.row);
    if (blocks.length === 0) continue;
    const target = context.asExcel().workbook.worksheets.getItem(sheet.name);
    target.protection.unprotect();
    for (const { row, product } of blocks)
      target.getRange(`${row + 1}:${row + 1 + product!.subproducts.length}`).delete('Up');
    await context.sync();
  }
  draft.budget.forEach((programme, j) => {
    if (programme.code !== '01' && programme.code !== '99') return;
    draft.years.forEach((_, i) => {
      budgetSheet.getRange(cellAddress(budget.programmeRows[j], budget.yearCol(i))).values = [[0]];
    });
  });
  await context.sync();
  const everyFormula = model.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? ''));
  expect(everyFormula.filter((f) => f.includes('#REF!'))).toEqual([]);

  const recalculated = await recalculate(await toXlsx(model));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(recalculated as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(SHEET_NAMES.budget)!;
  const differences: unknown[] = [];
  sheet.eachRow((row) => {
    if (!String(row.getCell(1).value ?? '').startsWith('Diferencia')) return;
    row.eachCell((cell, col) => {
      const m = cell.model as { result?: unknown; formula?: string };
      if (col >= 3) differences.push(m.formula !== undefined ? m.result : cell.value);
    });
  });
  expect(differences.length).toBe((1 + draft.budget.length) * (draft.years.length + 1));
  expect(differences.every((d) => d === 0)).toBe(true);
  const findings = validateWorkbook(await readXlsx(recalculated)).findings;
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
});
