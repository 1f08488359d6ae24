/**
 * The pane's "Agregar producto / subproducto" on a generated goals matrix (§9.5, the area named
 * PLANIFICA_GOALS_1): inserts whole rows, so Excel moves every reference below (check rows, the
 * indicator matrix, the defined name, validation lists), copies a sample row's formats and
 * validation lists onto the new rows, writes their figures (0) and row totals, and widens the
 * sums that must include them: the product's sum of its subproducts, and the Total row's SUMIF
 * of the products (which, like contiguous sums, survives deleting a row). The sheet is unprotected for the edit
 * and protected again. Three syncs: read, insert, write.
 *
 * A new product also needs its programme code in the PRG column beside the matrix: «8 Presupuesto»
 * adds each programme's products by that code. When every product of the matrix has the same
 * code, the new one gets it too; otherwise the outcome names the cell the planner must fill.
 */
import { cellAddress, columnName } from '../core';
import { parseAreaRef } from '../domain/recognize/generated';
import { toAdapterError } from './errors';
import type { ExcelFeatures } from './requirements';

export type NewItem = 'product' | 'subproduct';

export type AddItemOutcome =
  | {
      kind: 'added';
      sheet: string;
      /** A1 rows written. */
      rows: number[];
      /** A new product's PRG cell left for the planner (A1), when the matrix has several programmes. */
      programmeCell?: string;
    }
  | { kind: 'no-goals-matrix' };

const GOALS_NAME = 'PLANIFICA_GOALS_1';

interface GoalsGrid {
  top: number;
  totalRow: number;
  lastCol: number;
  productRows: number[];
  physicalCols: number[];
  financialCols: number[];
  /** The multiannual total pair, when the plan has more than one year. */
  totalCols?: { physical: number; financial: number };
  /** The PRG column right of the matrix (src/templates/layout.ts programmeCol), when it has one. */
  programmeCol?: number;
  /** That column's cells, by row from `top`. */
  programmes: unknown[];
  formulas: unknown[][];
}

function readGrid(top: number, formulas: unknown[][], beside: unknown[]): GoalsGrid {
  const text = (r: number, c: number) => String(formulas[r - top]?.[c] ?? '').trim();
  const bottom = top + formulas.length - 1;
  const width = formulas[0]?.length ?? 0;
  const productRows: number[] = [];
  for (let r = top + 2; r < bottom; r++) if (text(r, 0) === 'Producto:') productRows.push(r);
  const physicalCols: number[] = [];
  const financialCols: number[] = [];
  let totalCols: GoalsGrid['totalCols'];
  for (let c = 0; c < width; c++) {
    const label = text(top + 1, c);
    if (label !== 'Meta Física') continue;
    if (/^TOTAL/i.test(text(top, c))) totalCols = { physical: c, financial: c + 1 };
    else {
      physicalCols.push(c);
      financialCols.push(c + 1);
    }
  }
  // Workbooks generated before the PRG column have nothing there.
  const programmeCol = String(beside[0] ?? '').trim() === 'PRG' ? width : undefined;
  return {
    top,
    totalRow: bottom,
    lastCol: width - 1,
    productRows,
    physicalCols,
    financialCols,
    totalCols,
    programmeCol,
    programmes: beside,
    formulas,
  };
}

/** The one programme code all products share, or undefined when they have several or none. */
function sharedProgramme(grid: GoalsGrid): unknown {
  const codes = new Set(grid.productRows.map((r) => String(grid.programmes[r - grid.top] ?? '').trim()));
  const [code] = codes;
  return codes.size === 1 && code !== '' ? grid.programmes[grid.productRows[0] - grid.top] : undefined;
}

/** Same as the generated Total row (src/templates/build-goals.ts productsTotal). */
function productsTotal(first: number, last: number, col: number): string {
  return `=SUMIF($A$${first + 1}:$A$${last + 1},"Producto:",${cellAddress(first, col)}:${cellAddress(last, col)})`;
}

const sumOf = (refs: string[]) => (refs.length === 0 ? '0' : `=SUM(${refs.join(',')})`);
const runRef = (col: number, first: number, last: number) =>
  first === last ? cellAddress(first, col) : `${cellAddress(first, col)}:${cellAddress(last, col)}`;

/** One row of formulas/values across the matrix: zeros for the goals, sums for the totals. */
function itemRow(grid: GoalsGrid, row: number, product?: { firstSub: number; lastSub: number }): unknown[] {
  const cells: unknown[] = Array.from({ length: grid.lastCol + 1 }, () => '');
  if (product) cells[0] = 'Producto:';
  grid.physicalCols.forEach((col, i) => {
    const fin = grid.financialCols[i];
    cells[col] = product ? `=SUM(${runRef(col, product.firstSub, product.lastSub)})` : 0;
    cells[fin] = product ? `=SUM(${runRef(fin, product.firstSub, product.lastSub)})` : 0;
  });
  if (grid.totalCols) {
    cells[grid.totalCols.physical] = sumOf(grid.physicalCols.map((c) => cellAddress(row, c)));
    cells[grid.totalCols.financial] = sumOf(grid.financialCols.map((c) => cellAddress(row, c)));
  }
  return cells;
}

/** "SUM(D8:D9)" → rows 8..9 (1-based) when the formula sums one run of a column. */
function summedRun(formula: unknown): { first: number; last: number } | undefined {
  const m = /^=SUM\(\$?[A-Z]+\$?(\d+)(?::\$?[A-Z]+\$?(\d+))?\)$/i.exec(String(formula ?? ''));
  return m ? { first: Number(m[1]), last: Number(m[2] ?? m[1]) } : undefined;
}

/**
 * Adds a subproduct under the product of the selected row (the last product when the selection
 * is elsewhere), or a product with one subproduct before the Total row.
 */
export async function addGoalsItem(
  context: Excel.RequestContext,
  item: NewItem,
  features: Pick<ExcelFeatures, 'cellProperties'> = { cellProperties: true },
): Promise<AddItemOutcome> {
  try {
    const names = context.workbook.names;
    names.load('items/name,items/formula');
    const selection = context.workbook.getSelectedRange();
    selection.load('address');
    await context.sync();
    const named = names.items.find((n) => n.name.toUpperCase() === GOALS_NAME);
    const area = named ? parseAreaRef(String(named.formula)) : undefined;
    if (!area) return { kind: 'no-goals-matrix' };
    const worksheet = context.workbook.worksheets.getItem(area.sheet);
    // The matrix and the column right of it, where the template keeps each product's PRG.
    const range = worksheet.getRangeByIndexes(area.box.top, 0, area.box.bottom - area.box.top + 1, area.box.right + 2);
    range.load('formulas');
    await context.sync();
    const grid = readGrid(
      area.box.top,
      range.formulas.map((row) => row.slice(0, area.box.right + 1)),
      range.formulas.map((row) => row[area.box.right + 1]),
    );
    if (grid.productRows.length === 0 && item === 'subproduct') return { kind: 'no-goals-matrix' };

    // Where the new rows go, and which product (0-based rows) they belong to.
    const selected = parseAreaRef(selection.address);
    const selectedRow = selected && selected.sheet === area.sheet ? selected.box.top : -1;
    let at: number;
    let productRow: number;
    if (item === 'subproduct') {
      const p = Math.max(0, grid.productRows.filter((r) => r <= selectedRow).length - 1);
      const owner = selectedRow >= grid.productRows[0] && selectedRow < grid.totalRow ? p : grid.productRows.length - 1;
      productRow = grid.productRows[owner];
      at = grid.productRows[owner + 1] ?? grid.totalRow;
    } else {
      productRow = grid.totalRow;
      at = grid.totalRow;
    }
    const count = item === 'product' ? 2 : 1;
    const subRows = (first: number) => first + 1; // first subproduct row of a product row

    worksheet.protection.unprotect();
    worksheet.getRange(`${at + 1}:${at + count}`).insert('Down');
    // Formats of an existing subproduct row (and product row) for the new rows.
    const sampleProduct = grid.productRows[0];
    const sampleSub =
      sampleProduct !== undefined && (grid.productRows[1] ?? grid.totalRow) > sampleProduct + 1
        ? sampleProduct + 1
        : undefined;
    const lastColName = columnName(grid.lastCol);
    const rowRange = (r: number) => worksheet.getRange(`A${r + 1}:${lastColName}${r + 1}`);
    // Range.copyFrom is ExcelApi 1.9; without it the new rows keep the formats of the row above.
    const copy = features.cellProperties;
    const rowsWritten: number[] = [];
    let programmeCell: string | undefined;
    // "All" brings the sample row's formats and validation lists; its values are replaced below.
    if (item === 'subproduct') {
      if (sampleSub !== undefined && copy) rowRange(at).copyFrom(rowRange(sampleSub), 'All');
      rowRange(at).formulas = [itemRow(grid, at)];
      rowsWritten.push(at + 1);
      // The product now sums its subproducts through the new row.
      const firstSub = subRows(productRow);
      const productCells = rowRange(productRow);
      const updated = [...(grid.formulas[productRow - grid.top] as unknown[])];
      grid.physicalCols.forEach((col, i) => {
        const fin = grid.financialCols[i];
        updated[fin] = `=SUM(${runRef(fin, firstSub, at)})`;
        const run = summedRun(updated[col]);
        const coversAll = run !== undefined && run.first === firstSub + 1 && run.last === at;
        const noSubs = firstSub === at;
        if (coversAll || noSubs) updated[col] = `=SUM(${runRef(col, firstSub, at)})`;
      });
      productCells.formulas = [updated];
    } else {
      if (sampleProduct !== undefined && copy) rowRange(at).copyFrom(rowRange(sampleProduct), 'All');
      if (sampleSub !== undefined && copy) rowRange(at + 1).copyFrom(rowRange(sampleSub), 'All');
      rowRange(at).formulas = [itemRow(grid, at, { firstSub: at + 1, lastSub: at + 1 })];
      rowRange(at + 1).formulas = [itemRow(grid, at + 1)];
      rowsWritten.push(at + 1, at + 2);
      // The product's programme code, beside the matrix: the only one the matrix uses, or left
      // for the planner (an empty PRG leaves the product out of every programme's budget check).
      if (grid.programmeCol !== undefined) {
        const prg = (r: number) => worksheet.getRange(cellAddress(r, grid.programmeCol!));
        if (sampleProduct !== undefined && copy) prg(at).copyFrom(prg(sampleProduct), 'All');
        if (sampleSub !== undefined && copy) prg(at + 1).copyFrom(prg(sampleSub), 'All');
        const code = sharedProgramme(grid);
        prg(at).values = [[code ?? '']];
        if (code === undefined) programmeCell = cellAddress(at, grid.programmeCol);
      }
    }
    // The Total row (moved down) sums the "Producto:" rows of the whole body, new rows included
    // (rows added at its end are outside the ranges Excel widens by itself).
    const totalRow = grid.totalRow + count;
    const firstBody = grid.top + 2;
    for (const col of grid.financialCols) {
      worksheet.getRange(cellAddress(totalRow, col)).formulas = [[productsTotal(firstBody, totalRow - 1, col)]];
    }
    worksheet.protection.protect({
      allowFormatCells: true,
      allowAutoFilter: true,
      allowInsertRows: true,
      allowDeleteRows: true,
    });
    worksheet.getRange(`B${at + 1}`).select();
    await context.sync();
    return { kind: 'added', sheet: area.sheet, rows: rowsWritten, ...(programmeCell ? { programmeCell } : {}) };
  } catch (error) {
    throw toAdapterError(error);
  }
}
