/**
 * What the "meaning" totals rules share: reading an amount from a recognised cell, adding the
 * cells a total stands for, comparing money to the centavo and quantities exactly, and writing
 * the SUM formula that would make the total right.
 *
 * Division of labour with `totals/stale-total` (formula cached value vs its own range): when a
 * total's formula already adds up the right amount and only its cached value disagrees, the
 * fault is a stale calculation and that rule reports it; these rules report a total whose
 * *meaning* is wrong (typed wrong, or a formula over the wrong cells).
 */
import {
  cellAddress,
  ERROR_CODES,
  formatNumber,
  formatQuetzales,
  isErrorValue,
  sameMoney,
  sameQuantity,
  type CellRef,
  type SheetView,
  type WorkbookView,
} from '../../../core';
import type { Located, NumberCell } from '../../../domain/matrix';
import { normalize } from '../../../domain/text';
import { aggregateOf, parseNumberText, sumOfAggregate, targetSheet } from '../../formulas/support/sheet-facts';

/** Money (Quetzales, compared to the centavo) or a physical quantity (compared exactly). */
export type Measure = 'money' | 'quantity';

/** The number a recognised cell holds: numbers as they are, numbers typed as text parsed. */
export function amountOf(cell: NumberCell | undefined): number | undefined {
  if (!cell || cell.value === null) return undefined;
  if (typeof cell.value === 'number') return Number.isFinite(cell.value) ? cell.value : undefined;
  // Texts such as "Q 1,500.00" carry the number the person meant; error texts ("#REF!") do not.
  return parseNumberText(cell.value.replace(/^Q(?=\s*\d)/, 'Q '));
}

/** A recognised cell that shows an error (#REF!, #N/A…): what it adds is unknown. */
export function isErrorCell(cell: NumberCell | undefined): boolean {
  return typeof cell?.value === 'string' && (ERROR_CODES as readonly string[]).includes(cell.value.trim());
}

/**
 * A recognised cell whose amount is unknown: it shows an error, or it is a formula with no saved
 * result (a workbook written by a program that does not calculate, e.g. ExcelJS, and never
 * opened in Excel). Such a cell must not count as 0 in a sum: the totals it feeds are not judged.
 */
export function isUnknownCell(sheet: SheetView | undefined, cell: NumberCell | undefined): boolean {
  if (!cell) return false;
  if (isErrorCell(cell)) return true;
  return cell.value === null && sheet?.get(cell.row, cell.col)?.formula !== undefined;
}

export function sameAmount(measure: Measure, a: number, b: number): boolean {
  return measure === 'money' ? sameMoney(a, b) : sameQuantity(a, b);
}

/** Q1,234.00 for money, 1,234 for quantities. */
export function showAmount(measure: Measure, value: number): string {
  return measure === 'money' ? formatQuetzales(value) : formatNumber(value);
}

/** Adds amounts without float noise when they are money (in centavos). */
export function addAmounts(measure: Measure, values: readonly number[]): number {
  if (measure === 'money') return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
  return values.reduce((sum, v) => sum + v, 0);
}

/** A cell with the amount it holds. */
export interface CellAmount {
  cell: NumberCell;
  amount: number;
}

/** The cells of a list that hold an amount, with their amounts. */
export function withAmounts<T extends NumberCell | undefined>(cells: readonly T[]): CellAmount[] {
  const out: CellAmount[] = [];
  for (const cell of cells) {
    const amount = amountOf(cell);
    if (cell && amount !== undefined) out.push({ cell, amount });
  }
  return out;
}

export function cellRef(sheet: string, cell: { row: number; col: number }): CellRef {
  return { sheet, range: cellAddress(cell.row, cell.col) };
}

/**
 * `=SUM(D4:D9)` when the cells fill a column block, `=SUM(D4,D6,D9)` otherwise; cells on another
 * sheet are prefixed with it. Undefined when there is nothing to add.
 */
export function sumFormula(cells: readonly { row: number; col: number }[], sheet?: string): string | undefined {
  if (cells.length === 0) return undefined;
  const prefix = sheet === undefined ? '' : `'${sheet.replace(/'/g, "''")}'!`;
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const column = sorted.every((c, i) => c.col === first.col && c.row === first.row + i);
  const row = sorted.every((c, i) => c.row === first.row && c.col === first.col + i);
  if (sorted.length > 1 && (column || row)) {
    return `=SUM(${prefix}${cellAddress(first.row, first.col)}:${cellAddress(last.row, last.col)})`;
  }
  return `=SUM(${sorted.map((c) => prefix + cellAddress(c.row, c.col)).join(',')})`;
}

/** Cells visited while recomputing one total (a guard against whole-column sums). */
const RECOMPUTE_VISITS = 200_000;

/**
 * What a total's formula adds up, recomputed from the cells it reads: a plain SUM/SUBTOTAL(9)
 * of references, or a chain of references joined by "+". Undefined when the formula is
 * anything else (the rules then trust the cached value).
 */
export function recomputeFormula(
  workbook: WorkbookView,
  sheet: SheetView,
  row: number,
  col: number,
): number | undefined {
  const cell = sheet.get(row, col);
  if (!cell || cell.formula === undefined) return undefined;
  const info = sheet.formula(cell);
  if (!info || info.malformed) return undefined;
  const aggregate = aggregateOf(info);
  if (aggregate) return sumOfAggregate(workbook, sheet, aggregate, { left: RECOMPUTE_VISITS })?.sum;
  // "D4+D6+D9": single-cell references joined by "+", nothing else.
  const plusChain =
    info.functions.length === 0 &&
    info.references.length > 0 &&
    info.references.every((ref) => !ref.isRange) &&
    info.tokens.every(
      (t) => t.type === 'range' || t.type === 'whitespace' || (t.type === 'operator' && t.value === '+'),
    );
  if (!plusChain) return undefined;
  let sum = 0;
  for (const ref of info.references) {
    const target = targetSheet(workbook, sheet, ref);
    const cell = target?.get(ref.box.top, ref.box.left);
    const value = cell?.value;
    // An error, or a formula never calculated: what the chain adds is unknown.
    if (!target || isErrorValue(value) || (value === null && cell?.formula !== undefined)) return undefined;
    if (typeof value === 'number') sum += value;
  }
  return sum;
}

export type TotalVerdict =
  | { status: 'ok' }
  /** Nothing to compare: the total is empty, an error, or there are no parts. */
  | { status: 'skip' }
  /** The formula adds the right cells; only its cached value is stale (totals/stale-total's finding). */
  | { status: 'stale' }
  | { status: 'wrong'; expected: number; actual: number; isFormula: boolean };

/**
 * Judges a total cell against the sum it stands for. A formula whose own recomputation gives
 * the expected sum is left to `totals/stale-total`; a formula without a cached value is judged
 * by its recomputation, and skipped when that is unknown too. When any added cell is unknown
 * (an error, a formula without a saved result) the sum is unknown and nothing is compared.
 */
export function judgeTotal(
  workbook: WorkbookView,
  sheetName: string,
  total: NumberCell | undefined,
  expected: number,
  measure: Measure,
  /** The cells added up: when one shows an error or was never calculated, the sum is unknown. */
  parts: readonly (NumberCell | undefined)[] = [],
): TotalVerdict {
  const sheet = workbook.sheet(sheetName);
  if (!total || parts.some((part) => isUnknownCell(sheet, part))) return { status: 'skip' };
  const cell = sheet?.get(total.row, total.col);
  const isFormula = cell?.formula !== undefined;
  const recomputed = sheet && isFormula ? recomputeFormula(workbook, sheet, total.row, total.col) : undefined;
  const cached = amountOf(total);
  const actual = cached ?? recomputed;
  if (actual === undefined) return { status: 'skip' };
  if (sameAmount(measure, actual, expected)) return { status: 'ok' };
  if (recomputed !== undefined && cached !== undefined && sameAmount(measure, recomputed, expected)) {
    return { status: 'stale' };
  }
  return { status: 'wrong', expected, actual, isFormula };
}

/** Unit names compared loosely: "Documentos" and "documento" are one unit. */
export function unitKey(unit: Located<string> | undefined): string | undefined {
  if (!unit) return undefined;
  const folded = normalize(unit.value)
    .replace(/[^a-z ]/g, '')
    .trim();
  if (folded === '') return undefined;
  return (
    folded
      .split(' ')
      // Singular and plural fold to one stem: "entidades"/"entidad", "informes"/"informe".
      .map((w) => w.replace(/s$/, '').replace(/(?<=[dlnrzj])e$/, ''))
      .join(' ')
  );
}
