/**
 * Facts about a sheet that the hygiene rules share: which rows are blank separators, which rows
 * are totals, which text is a number in disguise, how an aggregate reads its range. Computed in
 * one pass per sheet and memoised on the view, so every rule asks for them at O(1).
 */
import { translateFormulaToA1, translateFormulaToR1C1 } from '@borgar/fx/xlsx';
import {
  aggregateOf,
  cellAddress,
  isErrorValue,
  type Aggregate,
  type Cell,
  type FormulaInfo,
  type FormulaReference,
  type RangeBox,
  type SheetView,
  type WorkbookView,
} from '../../../core';

/** A cell that shows nothing: absent, or a constant blank (formulas are never empty). */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula !== undefined) return false;
  const v = cell.value;
  return v === null || (typeof v === 'string' && v.trim() === '');
}

export interface SheetFacts {
  /** 1 when the row holds at least one non-empty cell. */
  readonly rowHasContent: Uint8Array;
  /** Block number of each row: blocks are separated by blank rows. -1 for blank rows. */
  readonly blockOfRow: Int32Array;
  /** Rows whose label (text left of the first number) says Total/Subtotal/Suma. */
  readonly totalRows: ReadonlySet<number>;
}

/** Accent-free lower case, single spaces: "  SUBTOTAL  Programa " → "subtotal programa". */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const TOTAL_LABEL = /^(gran |sub ?-?)?totale?s?\b|^suma(s|toria)?\b/;

/** "Total", "TOTAL GENERAL", "Subtotal programa 11", "Suma", "Gran total". */
export function isTotalLabel(text: string): boolean {
  // Most labels do not start like a total: skip the normalisation for them.
  const first = text.trimStart().charAt(0).toLowerCase();
  if (first !== 't' && first !== 's' && first !== 'g') return false;
  return TOTAL_LABEL.test(normalizeLabel(text));
}

/** A row's label is one of its first texts (code, name, description). */
const MAX_LABEL_TEXTS = 3;

export function sheetFacts(workbook: WorkbookView, sheet: SheetView): SheetFacts {
  return workbook.memo(`hygiene:facts:${sheet.index}`, () => computeFacts(sheet));
}

function computeFacts(sheet: SheetView): SheetFacts {
  const rows = sheet.rowCount;
  const rowHasContent = new Uint8Array(rows);
  const labelledTotals: number[] = [];
  const rowsWithFigures = new Uint8Array(rows);
  // Cells are row-major. A row's label is among its first texts, before any number: a "Total"
  // header far right in a header row does not make that row a totals row.
  let labelRow = -1;
  let labelTexts = 0;
  for (const cell of sheet.cells) {
    if (cell.row !== labelRow) {
      labelRow = cell.row;
      labelTexts = 0;
    }
    if (isEmptyCell(cell)) continue;
    rowHasContent[cell.row] = 1;
    if (typeof cell.value === 'number' || cell.formula !== undefined) rowsWithFigures[cell.row] = 1;
    if (labelTexts >= MAX_LABEL_TEXTS) continue;
    if (typeof cell.value === 'number') labelTexts = MAX_LABEL_TEXTS;
    else if (typeof cell.value === 'string' && cell.formula === undefined) {
      labelTexts = isTotalLabel(cell.value) ? MAX_LABEL_TEXTS : labelTexts + 1;
      if (labelTexts === MAX_LABEL_TEXTS && isTotalLabel(cell.value)) labelledTotals.push(cell.row);
    }
  }
  // A header row reading "… | Total" holds no figures: only a row with figures totals anything.
  const totalRows = new Set(labelledTotals.filter((row) => rowsWithFigures[row] === 1));
  const blockOfRow = new Int32Array(rows);
  let block = -1;
  let previousBlank = true;
  for (let r = 0; r < rows; r++) {
    if (!rowHasContent[r]) {
      blockOfRow[r] = -1;
      previousBlank = true;
      continue;
    }
    if (previousBlank) block++;
    previousBlank = false;
    blockOfRow[r] = block;
  }
  return { rowHasContent, blockOfRow, totalRows };
}

/** Years used as labels in headers: integers in a plausible planning range. */
export function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1990 && value <= 2100;
}

/** A year typed in a header: a year whose row neighbour is the next/previous year, or in bold. */
export function isYearHeader(sheet: SheetView, cell: Cell): boolean {
  if (typeof cell.value !== 'number' || !isYearLike(cell.value)) return false;
  if (cell.style?.bold) return true;
  const left = sheet.get(cell.row, cell.col - 1)?.value;
  const right = sheet.get(cell.row, cell.col + 1)?.value;
  return (
    (typeof left === 'number' && Math.abs(left - cell.value) === 1) ||
    (typeof right === 'number' && Math.abs(right - cell.value) === 1)
  );
}

/** A header row: its numbers, if any, are all years, or it holds more texts than numbers. */
export function isHeaderRow(sheet: SheetView, row: number): boolean {
  let texts = 0;
  let numbers = 0;
  let years = 0;
  for (const cell of sheet.row(row)) {
    if (!cell) continue;
    if (typeof cell.value === 'string' && cell.value.trim() !== '') texts++;
    else if (typeof cell.value === 'number') {
      if (isYearLike(cell.value)) years++;
      else numbers++;
    }
  }
  return texts > numbers || (numbers === 0 && years > 0);
}

/**
 * The row of column numbers that official formats put under the header: 1, 2, 3, … typed as
 * numbers and nothing else, each one more than the one before.
 */
export function isNumberingRow(sheet: SheetView, row: number): boolean {
  let count = 0;
  let previous = 0;
  for (const cell of sheet.row(row)) {
    if (!cell || isEmptyCell(cell)) continue;
    // A data row carries a label; the numbering row is numbers only, from 1.
    if (typeof cell.value !== 'number') return false;
    if (!Number.isInteger(cell.value) || cell.value !== (count === 0 ? 1 : previous + 1)) return false;
    previous = cell.value;
    count++;
  }
  return count >= 3;
}

/** A number that labels a column (2026 above amounts, a column number) rather than counts anything. */
export function isHeaderNumber(sheet: SheetView, cell: Cell): boolean {
  if (typeof cell.value !== 'number') return false;
  if (isYearLike(cell.value) && (isYearHeader(sheet, cell) || isHeaderRow(sheet, cell.row))) return true;
  return Number.isInteger(cell.value) && cell.value < 100 && isNumberingRow(sheet, cell.row);
}

/** Money formats: a currency sign or two fixed decimals. */
export function isMoneyFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && !numFmt.includes('%') && /[Q$€]|\[\$|0\.00(?!0)/.test(numFmt);
}

export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.includes('%');
}

// "1,234", "  56 ", "Q 1,500.00", "12%", "-3.5", "(1,234.00)", "US$ 20".
const NUMBER_TEXT = /^(\()?([+-])?\s*(?:Q|US\$|\$|USD)?\s*([+-])?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%)?(\))?$/;

/**
 * The number a text stands for when it is a number typed as text, or undefined when it is not
 * (codes like "01" or "11-00-00-002", years, long identifiers, sentences).
 */
export function parseNumberText(text: string): number | undefined {
  // Cheap gate before any allocation: the first visible character must be a digit, a sign, a
  // currency sign or a parenthesis (most texts are words and leave here).
  let at = 0;
  while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 160)) at++;
  const first = text.charCodeAt(at);
  if (!(first >= 48 && first <= 57) && !'+-Q$U(.'.includes(text[at] ?? ' ')) return undefined;
  const s = text.replace(/\u00a0/g, ' ').trim();
  const m = NUMBER_TEXT.exec(s);
  if (!m) return undefined;
  const [, open, sign1, sign2, integer, decimals, percent, close] = m;
  if ((open === undefined) !== (close === undefined)) return undefined;
  if (sign1 && sign2) return undefined;
  const plain = !integer.includes(',') && decimals === undefined && percent === undefined && s === integer;
  // Codes keep their leading zeros ("01", "001"); a number never does.
  if (integer.length > 1 && integer.startsWith('0') && !integer.includes(',')) return undefined;
  if (plain && isYearLike(Number(integer))) return undefined;
  // Identifiers (DPI 13 digits, long codes) are digits without separators.
  if (plain && integer.length >= 13) return undefined;
  let value = Number(integer.replace(/,/g, '') + (decimals ?? ''));
  if (!Number.isFinite(value)) return undefined;
  if (percent) value /= 100;
  if (sign1 === '-' || sign2 === '-' || open) value = -value;
  return value;
}

/** Cells shown as an error. */
export function errorCode(cell: Cell): string | undefined {
  return isErrorValue(cell.value) ? cell.value.error : undefined;
}

// The aggregate of a formula is part of its analysis (core/formula.ts); re-exported for the rules.
export { aggregateOf, type Aggregate };

/** The sheet a reference reads, or undefined when it names a sheet that does not exist. */
export function targetSheet(workbook: WorkbookView, host: SheetView, ref: FormulaReference): SheetView | undefined {
  return ref.sheet === undefined ? host : workbook.sheet(ref.sheet);
}

/** Clips a box to the cells a sheet actually holds. */
export function clipToSheet(box: RangeBox, sheet: SheetView): RangeBox | undefined {
  const used = sheet.usedRange;
  if (!used) return undefined;
  const clipped = {
    top: Math.max(box.top, used.top),
    left: Math.max(box.left, used.left),
    bottom: Math.min(box.bottom, used.bottom),
    right: Math.min(box.right, used.right),
  };
  return clipped.top > clipped.bottom || clipped.left > clipped.right ? undefined : clipped;
}

const CORNER = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/;

/**
 * Rewrites the text of a range token so it covers `box`, keeping its sheet prefix and its `$`
 * anchors: ("$C$3:$C$7", C3:C8) → "$C$3:$C$8".
 */
export function rewriteRangeText(text: string, box: RangeBox): string | undefined {
  const bang = text.lastIndexOf('!');
  const prefix = bang < 0 ? '' : text.slice(0, bang + 1);
  const [a, b] = text.slice(bang + 1).split(':');
  const ma = CORNER.exec(a);
  const mb = CORNER.exec(b ?? a);
  if (!ma || !mb || !ma[2] || !ma[4] || !mb[2] || !mb[4]) return undefined;
  const corner = (m: RegExpExecArray, row: number, col: number): string => {
    const address = cellAddress(row, col);
    const letters = address.replace(/\d+$/, '');
    return `${m[1]}${letters}${m[3]}${row + 1}`;
  };
  return `${prefix}${corner(ma, box.top, box.left)}:${corner(mb, box.bottom, box.right)}`;
}

/** The formula text with one token replaced (tokens keep their original spelling). */
export function replaceToken(info: FormulaInfo, tokenIndex: number, replacement: string): string {
  return '=' + info.tokens.map((t, i) => (i === tokenIndex ? replacement : t.value)).join('');
}

/** Consecutive rows of one column that share a key, merged into runs (for aggregated findings). */
export interface Run<T> {
  col: number;
  top: number;
  bottom: number;
  items: T[];
}

export function groupVerticalRuns<T>(
  items: readonly T[],
  position: (item: T) => { row: number; col: number; key: string },
): Run<T>[] {
  const sorted = items.map((item) => ({ item, ...position(item) })).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: (Run<T> & { key: string })[] = [];
  for (const entry of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === entry.col && last.bottom === entry.row - 1 && last.key === entry.key) {
      last.bottom = entry.row;
      last.items.push(entry.item);
    } else {
      runs.push({ col: entry.col, top: entry.row, bottom: entry.row, items: [entry.item], key: entry.key });
    }
  }
  return runs.sort((a, b) => a.top - b.top || a.col - b.col);
}

/** Cells visited while adding up ranges: shared by a rule's whole run so that no sheet can stall it. */
export interface VisitBudget {
  left: number;
}

export interface RangeSum {
  sum: number;
  /** How many numbers were added (0: the range holds no figure at all). */
  count: number;
  /** Some added cell (or the total) carries a money format. */
  money: boolean;
}

/**
 * What a plain-sum aggregate adds up to from the cached values of the cells it covers, or
 * undefined when that cannot be known (a cell never calculated, an error, a missing sheet,
 * numeric literals among the arguments, or the budget is spent).
 */
export function sumOfAggregate(
  workbook: WorkbookView,
  host: SheetView,
  aggregate: Aggregate,
  budget: VisitBudget,
): RangeSum | undefined {
  if (!aggregate.plainSum || aggregate.literals > 0 || aggregate.args.length === 0) return undefined;
  let sum = 0;
  let count = 0;
  let money = false;
  for (const ref of aggregate.args) {
    const target = targetSheet(workbook, host, ref);
    if (!target) return undefined;
    const box = clipToSheet(ref.box, target);
    if (!box) continue;
    budget.left -= (box.bottom - box.top + 1) * (box.right - box.left + 1);
    if (budget.left < 0) return undefined;
    for (let r = box.top; r <= box.bottom; r++) {
      const cells = target.row(r);
      for (let c = box.left; c <= box.right; c++) {
        const cell = cells[c];
        if (!cell) continue;
        const v = cell.value;
        if (typeof v === 'number') {
          if (aggregate.skipsSubtotals && cell.formula !== undefined && /SUBTOTAL\s*\(/i.test(cell.formula)) continue;
          sum += v;
          count++;
          if (!money && isMoneyFormat(cell.numFmt)) money = true;
        } else if (v === null ? cell.formula !== undefined : isErrorValue(v)) {
          return undefined;
        }
      }
    }
  }
  return { sum, count, money };
}

/** `from`'s formula copied to `target` as Excel would copy it ("=SUM(C4:G4)" → "=SUM(C7:G7)"); undefined if it falls off the sheet. */
export function copyFormula(from: Cell, target: Cell): string | undefined {
  const r1c1 = translateFormulaToR1C1('=' + (from.formula ?? ''), cellAddress(from.row, from.col));
  const a1 = translateFormulaToA1(r1c1, cellAddress(target.row, target.col), { wrapEdges: false });
  return a1.includes('#REF!') ? undefined : a1;
}

/**
 * The formulas of each maximal run of non-empty cells that touch each other, down each column
 * and along each row: typed cells inside a run do not cut it, blank cells do. Only runs holding
 * at least two formulas are kept, and only their formulas, so that big sheets of typed values
 * cost nothing here.
 */
export interface Stretches {
  columns: Cell[][];
  rows: Cell[][];
}

export function stretchesOf(workbook: WorkbookView, sheet: SheetView): Stretches {
  return workbook.memo(`hygiene:stretches:${sheet.index}`, () => computeStretches(sheet));
}

function computeStretches(sheet: SheetView): Stretches {
  const rows: Cell[][] = [];
  const columns: Cell[][] = [];
  const width = (sheet.usedRange?.right ?? 0) + 1;
  // Per column: the last row seen and the formulas of the run still open.
  const lastRow = new Int32Array(width).fill(-2);
  const openFormulas: (Cell[] | undefined)[] = new Array(width);
  let rowOfRun = -1;
  let lastCol = -2;
  let rowFormulas: Cell[] | undefined;
  const keep = (list: Cell[][], formulas: Cell[] | undefined): void => {
    if (formulas && formulas.length > 1) list.push(formulas);
  };
  for (const cell of sheet.cells) {
    if (isEmptyCell(cell)) continue;
    const { row, col } = cell;
    if (row !== rowOfRun || col !== lastCol + 1) {
      keep(rows, rowFormulas);
      rowFormulas = undefined;
      rowOfRun = row;
    }
    lastCol = col;
    if (lastRow[col] !== row - 1) {
      keep(columns, openFormulas[col]);
      openFormulas[col] = undefined;
    }
    lastRow[col] = row;
    if (cell.formula === undefined) continue;
    (rowFormulas ??= []).push(cell);
    (openFormulas[col] ??= []).push(cell);
  }
  keep(rows, rowFormulas);
  for (const formulas of openFormulas) keep(columns, formulas);
  return { columns, rows };
}

/**
 * True when every reference stays on the host's own row (axis "row") or column (axis "col"):
 * the pattern of a row total copied down, or of a column total copied across.
 */
export function staysOnLine(info: FormulaInfo, host: Cell, axis: 'row' | 'col'): boolean {
  if (info.references.length === 0) return false;
  for (const ref of info.references) {
    if (ref.sheet !== undefined) return false;
    const { top, bottom, left, right } = ref.box;
    if (axis === 'row' ? top !== host.row || bottom !== host.row : left !== host.col || right !== host.col) {
      return false;
    }
  }
  return true;
}

/**
 * The value of a plain arithmetic formula (`(G5+I5+K5+M5)`, `C6+F6`, `SUM(B2:B9)/2`) from the
 * cached values of the cells it reads: numbers, references, + - * / and parentheses, SUM over
 * references. Undefined for anything else (other functions, text, errors, cells never calculated,
 * another sheet missing), so callers only compare what they can really know.
 */
export function evaluateArithmetic(
  workbook: WorkbookView,
  host: SheetView,
  info: FormulaInfo,
  budget: VisitBudget,
): RangeSum | undefined {
  if (info.malformed) return undefined;
  const refAt = new Map(info.references.map((r) => [r.token, r]));
  const tokens = info.tokens
    .map((t, i) => ({ ...t, ref: refAt.get(i) }))
    .filter((t) => t.type !== 'whitespace' && t.type !== 'newline');
  let at = 0;
  let count = 0;
  let money = false;
  let failed = false;
  const fail = (): number => {
    failed = true;
    return 0;
  };
  const readRef = (ref: FormulaReference): number => {
    const target = targetSheet(workbook, host, ref);
    if (!target) return fail();
    let sum = 0;
    const { top, left, bottom, right } = ref.box;
    budget.left -= (bottom - top + 1) * (right - left + 1);
    if (budget.left < 0) return fail();
    for (let r = top; r <= bottom; r++)
      for (let c = left; c <= right; c++) {
        const cell = target.get(r, c);
        if (!cell || isEmptyCell(cell)) continue;
        if (typeof cell.value !== 'number') {
          // A label inside a summed range is skipped by SUM; a single cell of text is #VALUE!.
          if (ref.isRange && typeof cell.value === 'string' && cell.formula === undefined) continue;
          return fail();
        }
        sum += cell.value;
        count++;
        if (!money && isMoneyFormat(cell.numFmt)) money = true;
      }
    return sum;
  };
  const primary = (): number => {
    const t = tokens[at];
    if (!t) return fail();
    if (t.ref) {
      at++;
      if (t.ref.isRange) return fail();
      return readRef(t.ref);
    }
    if (t.type === 'number') {
      at++;
      return Number(t.value);
    }
    if (t.value === '-' || t.value === '+') {
      at++;
      const v = primary();
      return t.value === '-' ? -v : v;
    }
    if (t.value === '(') {
      at++;
      const v = expression();
      if (tokens[at]?.value !== ')') return fail();
      at++;
      return v;
    }
    if (t.type === 'func' && /^(SUM|SUMA)$/i.test(t.value)) {
      at++;
      if (tokens[at]?.value !== '(') return fail();
      at++;
      let sum = 0;
      for (;;) {
        const arg = tokens[at];
        if (arg?.ref && arg.ref.isRange) {
          at++;
          sum += readRef(arg.ref);
        } else sum += expression();
        if (failed) return 0;
        if (tokens[at]?.value === ',') at++;
        else break;
      }
      if (tokens[at]?.value !== ')') return fail();
      at++;
      return sum;
    }
    return fail();
  };
  const term = (): number => {
    let v = primary();
    while (!failed && (tokens[at]?.value === '*' || tokens[at]?.value === '/')) {
      const op = tokens[at++].value;
      const w = primary();
      if (op === '/' && w === 0) return fail();
      v = op === '*' ? v * w : v / w;
    }
    return v;
  };
  const expression = (): number => {
    let v = term();
    while (!failed && (tokens[at]?.value === '+' || tokens[at]?.value === '-')) {
      const op = tokens[at++].value;
      const w = term();
      v = op === '+' ? v + w : v - w;
    }
    return v;
  };
  const value = expression();
  if (failed || at !== tokens.length || !Number.isFinite(value)) return undefined;
  return { sum: value, count, money };
}
