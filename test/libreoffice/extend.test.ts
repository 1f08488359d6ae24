/**
 * Extending a plan through the model (the command line's "Agregar producto / subproducto"): the
 * new rows come with their formulas, lists and totals, LibreOffice recalculates the workbook
 * without an error value, the totals still match the budget and validation stays silent.
 */
import ExcelJS from 'exceljs';
import { addProduct, addSubproduct } from '../../src/domain/model-edit';
import { modelYears, parseModel } from '../../src/domain/model';
import { validateWorkbook } from '../../src/rules/run';
import { buildWorkbookSpec } from '../../src/templates/build';
import { goalsLayout } from '../../src/templates/layout';
import { draftFromModel } from '../../src/templates/draft';
import { SHEET_NAMES } from '../../src/templates/layout';
import { cellAddress } from '../../src/core';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from '../generate/example-model';
import { recalculate, RECALC_TIMEOUT_MS, withoutResults } from './soffice';

jest.setTimeout(2 * RECALC_TIMEOUT_MS);

it('adds a subproduct and a product through the model; the recalculated workbook stays clean', async () => {
  const model = exampleModel();
  const years = modelYears(model);
  const perYear = (physical: number) => Object.fromEntries(years.map((y) => [String(y), { physical, financial: 0 }]));
  let edited = addSubproduct(model, 'Emisión de Documentos Migratorios', {
    name: 'Pasaportes de emergencia emitidos',
    unit: 'Documento',
    goals: perYear(100),
  });
  edited = addProduct(edited, {
    ...model.products.find((p) => p.codes.programa === '11')!,
    name: 'Orientación a personas retornadas',
    unit: 'Persona',
    goals: perYear(50),
    subproducts: [{ name: 'Personas retornadas orientadas', unit: 'Persona', goals: perYear(50) }],
  });
  const parsed = parseModel(edited);
  expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  expect(() => addSubproduct(model, 'No existe', { name: 'x', unit: 'Documento', goals: perYear(1) })).toThrow(
    'no hay ningún producto "No existe"',
  );

  const spec = buildWorkbookSpec(edited);
  const recalculated = await recalculate(await writeWorkbook(withoutResults(spec)));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(recalculated as unknown as ArrayBuffer);
  const goals = workbook.getWorksheet(SHEET_NAMES.goals)!;
  const layout = goalsLayout(draftFromModel(edited));
  const shown = (row: number, col: number) => {
    const cell = goals.getCell(cellAddress(row, col));
    const value = cell.model as { result?: unknown; formula?: string };
    return value.formula !== undefined ? value.result : cell.value;
  };
  const emision = edited.products.findIndex((p) => p.name === 'Emisión de Documentos Migratorios');
  const original = model.products.find((p) => p.name === 'Emisión de Documentos Migratorios')!;
  years.forEach((year, i) => {
    expect(shown(layout.productRows[emision], layout.physicalCol(i))).toBe(original.goals[String(year)].physical + 100);
    expect(shown(layout.differenceRow, layout.financialCol(i))).toBe(0);
  });
  expect(validateWorkbook(await readXlsx(recalculated)).findings).toEqual([]);
});
