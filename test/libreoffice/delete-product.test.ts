/**
 * Deleting a whole product in a generated workbook, as a planner does it: LibreOffice Calc
 * deletes the product's rows (through its own API, test/libreoffice/edit-rows.py), and the
 * programme's budget is lowered by what the product cost. The budget's per-programme differences
 * select products by programme code (SUMIFS), so after recalculation no cell holds an error value,
 * every difference reads 0 and the workbook validates without errors. Cases: the first product
 * (right under the header), the last one (right above the Total row), and one in the middle with
 * its indicator's row.
 */
import { execFile } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { cellAddress, type WorkbookSnapshot } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { buildWorkbookSpec } from '../../src/templates/build';
import { draftFromModel, type Draft } from '../../src/templates/draft';
import { budgetLayout, indicatorsLayout, SHEET_NAMES } from '../../src/templates/layout';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from '../generate/example-model';
import { RECALC_TIMEOUT_MS, sofficePath, withoutResults } from './soffice';

const SCRIPT = join(__dirname, 'edit-rows.py');
const PYTHON = '/usr/bin/python3';

jest.setTimeout(3 * RECALC_TIMEOUT_MS);

type Edit =
  { delete: { sheet: string; row: number; count: number } } | { set: { sheet: string; cell: string; value: number } };

/** The workbook after LibreOffice applied the edits, recalculated and saved it. */
async function editInLibreOffice(bytes: Uint8Array, edits: Edit[]): Promise<Uint8Array> {
  if (!sofficePath()) throw new Error('LibreOffice no está instalado (apt-get install libreoffice-calc-nogui)');
  const dir = mkdtempSync(join(tmpdir(), 'planifica-delete-'));
  try {
    writeFileSync(join(dir, 'in.xlsx'), bytes);
    writeFileSync(join(dir, 'edits.json'), JSON.stringify(edits));
    await new Promise<void>((resolve, reject) =>
      execFile(
        PYTHON,
        [SCRIPT, join(dir, 'in.xlsx'), join(dir, 'out.xlsx'), join(dir, 'edits.json')],
        { timeout: RECALC_TIMEOUT_MS, killSignal: 'SIGKILL' },
        (error, _stdout, stderr) =>
          error ? reject(new Error(`edit-rows.py falló (python3-uno): ${error.message} ${stderr}`)) : resolve(),
      ),
    );
    return new Uint8Array(readFileSync(join(dir, 'out.xlsx')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Where each matrix lists a product: the "Producto:" row whose next cell is its name, and the
 * rows of its subproducts under it (0-based row, count), sheet by sheet.
 */
function productBlocks(
  snapshot: WorkbookSnapshot,
  draft: Draft,
  p: number,
): { sheet: string; row: number; count: number }[] {
  const product = draft.products[p];
  const out: { sheet: string; row: number; count: number }[] = [];
  for (const sheet of snapshot.sheets) {
    const at = new Map(sheet.cells.map((c) => [`${c.row}:${c.col}`, c.value]));
    for (const cell of sheet.cells) {
      if (cell.value !== 'Producto:' || at.get(`${cell.row}:${cell.col + 1}`) !== product.name) continue;
      let count = 1;
      while (
        product.subproducts[count - 1] &&
        at.get(`${cell.row + count}:${cell.col + 1}`) === product.subproducts[count - 1].name
      )
        count++;
      out.push({ sheet: sheet.name, row: cell.row, count });
    }
  }
  return out;
}

/**
 * Removes products from the plan as a planner would: their rows in every matrix that lists them
 * (9.5 goals, 9.3, 9.4, 3.1…), their indicators' rows, and their cost from their programme's
 * budget.
 */
function deletion(snapshot: WorkbookSnapshot, draft: Draft, products: number[]): Edit[] {
  const budget = budgetLayout(draft);
  const indicators = indicatorsLayout(draft);
  const edits: Edit[] = [];
  // Bottom-up in each sheet, so the rows still to delete keep their numbers.
  const blocks = products.flatMap((p) => productBlocks(snapshot, draft, p)).sort((a, b) => b.row - a.row);
  expect(blocks.some((b) => b.sheet === SHEET_NAMES.goals)).toBe(true);
  for (const b of blocks) edits.push({ delete: { sheet: b.sheet, row: b.row + 1, count: b.count } });
  const gone = draft.indicators
    .map((indicator, i) => ({ indicator, i }))
    .filter(({ indicator }) => indicator.product !== undefined && products.includes(indicator.product))
    .sort((a, b) => b.i - a.i);
  for (const { i } of gone)
    edits.push({ delete: { sheet: SHEET_NAMES.indicators, row: indicators.rows[i] + 1, count: 1 } });
  draft.budget.forEach((programme, j) => {
    const removed = products.filter((p) => draft.products[p].codes.programa === programme.code);
    if (removed.length === 0) return;
    draft.years.forEach((_, i) => {
      const cost = removed.reduce((sum, p) => sum + (draft.products[p].goals[i].financial ?? 0), 0);
      const value = (programme.amounts[i] ?? 0) - cost;
      edits.push({
        set: { sheet: SHEET_NAMES.budget, cell: cellAddress(budget.programmeRows[j], budget.yearCol(i)), value },
      });
    });
  });
  return edits;
}

/** Every cell LibreOffice computed: its address and what it shows. */
async function computed(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function errorCells(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const model = cell.model as { result?: unknown; formula?: string; value?: unknown };
        const shown = model.formula !== undefined ? model.result : cell.value;
        const text = typeof shown === 'object' && shown && 'error' in shown ? String(shown.error) : String(shown ?? '');
        if (/^#(REF!|VALUE!|NAME\?|DIV\/0!|N\/A|NUM!|NULL!)/.test(text) || /#REF!/.test(model.formula ?? ''))
          out.push(`${sheet.name}!${cell.address} ${text} ${model.formula ?? ''}`);
      }),
    ),
  );
  return out;
}

/** The budget sheet's check rows under the matrix: label → values. */
function differences(workbook: ExcelJS.Workbook): Map<string, unknown[]> {
  const sheet = workbook.getWorksheet(SHEET_NAMES.budget)!;
  const out = new Map<string, unknown[]>();
  sheet.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '');
    if (!label.startsWith('Diferencia')) return;
    const values: unknown[] = [];
    row.eachCell((cell, col) => {
      if (col < 3) return;
      const model = cell.model as { result?: unknown; formula?: string };
      values.push(model.formula !== undefined ? model.result : cell.value);
    });
    out.set(label, values);
  });
  return out;
}

const cases: [string, (draft: Draft) => number[]][] = [
  ['the first product, right under the header', () => [0]],
  ['the last product, right above the Total row', (draft) => [draft.products.length - 1]],
  [
    'a product in the middle of its programme, with its indicator',
    (draft) => [draft.products.findIndex((p) => p.name === 'Emisión de Documentos Migratorios')],
  ],
];

describe('deleting a whole product in LibreOffice Calc', () => {
  const model = exampleModel();
  const draft = draftFromModel(model);
  let generated: Uint8Array;
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    generated = await writeWorkbook(withoutResults(buildWorkbookSpec(model)));
    snapshot = await readXlsx(generated);
  });

  it.each(cases)('%s: no error value, every difference 0, no error finding', async (_name, pick) => {
    const products = pick(draft);
    expect(products.every((p) => p >= 0)).toBe(true);
    const edited = await editInLibreOffice(generated, deletion(snapshot, draft, products));
    const workbook = await computed(edited);
    const goals = workbook.getWorksheet(SHEET_NAMES.goals)!;
    const names: string[] = [];
    goals.eachRow((row) => {
      if (row.getCell(1).value === 'Producto:') names.push(String(row.getCell(2).value));
    });
    expect(names).toEqual(draft.products.filter((_, p) => !products.includes(p)).map((p) => p.name));

    expect(errorCells(workbook)).toEqual([]);
    const diffs = differences(workbook);
    expect(diffs.size).toBe(1 + draft.budget.length);
    for (const [label, values] of diffs) {
      expect({ label, values }).toEqual({ label, values: values.map(() => 0) });
    }
    const findings = validateWorkbook(await readXlsx(edited)).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
