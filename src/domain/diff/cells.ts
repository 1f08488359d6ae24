/**
 * Cell-by-cell differences between two snapshots of a workbook, sheet by sheet (sheets matched by
 * name, as Excel's case-insensitive names): a value or a formula that differs, a cell that
 * appears or disappears. diff.ts lists here only what no plan change explains.
 *
 * Rows are aligned first, so a row inserted in the middle of a matrix is one new row, not every
 * row below it changed: the rows of both versions are paired to keep as many equal cells as
 * possible (a row edited in a few cells still pairs with its old self). Sheets too large for that
 * (more than a million row pairs) are compared row by row at the same addresses.
 */
import { cellAddress, type Cell, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from '../../core';

export interface CellState {
  value: CellValue;
  /** Without its "=". */
  formula?: string;
}

export interface CellChange {
  sheet: string;
  /** The cell's address in the new version (in the old one when the row was removed). */
  range: string;
  /** Its address in the old version, when a row moved. */
  beforeRange?: string;
  before?: CellState;
  after?: CellState;
}

export interface SheetChanges {
  added: string[];
  removed: string[];
}

/** Rows paired beyond this many (old rows × new rows) are compared at the same addresses. */
const MAX_ALIGNED_PAIRS = 1_000_000;
/** Share of a row's cells that must be equal for two rows to be one row edited. */
const SAME_ROW = 0.3;

function state(cell: Cell | undefined): CellState | undefined {
  if (!cell) return undefined;
  const blank = cell.value === null || cell.value === '';
  if (blank && cell.formula === undefined) return undefined;
  const out: CellState = { value: cell.value };
  if (cell.formula !== undefined) out.formula = cell.formula;
  return out;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (a && b && typeof a === 'object' && typeof b === 'object') return a.error === b.error;
  return false;
}

function valueKey(value: CellValue): string {
  return value !== null && typeof value === 'object' ? `#${value.error}` : `${typeof value}:${String(value)}`;
}

interface Row {
  row: number;
  cells: Map<number, Cell>;
  /** column → value key, for pairing (formulas move with their rows: values do not). */
  keys: Map<number, string>;
}

function rowsOf(sheet: SheetSnapshot): Row[] {
  const byRow = new Map<number, Row>();
  for (const cell of sheet.cells) {
    if (!state(cell)) continue;
    let row = byRow.get(cell.row);
    if (!row) byRow.set(cell.row, (row = { row: cell.row, cells: new Map(), keys: new Map() }));
    row.cells.set(cell.col, cell);
    row.keys.set(cell.col, valueKey(cell.value));
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

function similarity(a: Row, b: Row): number {
  let equal = 0;
  for (const [col, key] of a.keys) if (b.keys.get(col) === key) equal++;
  return equal / Math.max(a.keys.size, b.keys.size);
}

/** Pairs of rows (old, new); a row without a partner was added or removed. */
function alignRows(a: Row[], b: Row[]): [Row | undefined, Row | undefined][] {
  if (a.length * b.length > MAX_ALIGNED_PAIRS) {
    const byRow = new Map(b.map((r) => [r.row, r]));
    const pairs: [Row | undefined, Row | undefined][] = a.map((r) => [r, byRow.get(r.row)]);
    const paired = new Set(a.map((r) => r.row));
    for (const r of b) if (!paired.has(r.row)) pairs.push([undefined, r]);
    return pairs;
  }
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  const sims = new Float64Array(n * m);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = similarity(a[i - 1], b[j - 1]);
      sims[(i - 1) * m + (j - 1)] = s;
      const diagonal = s >= SAME_ROW ? score[(i - 1) * width + j - 1] + s : -1;
      score[i * width + j] = Math.max(score[(i - 1) * width + j], score[i * width + j - 1], diagonal);
    }
  }
  const pairs: [Row | undefined, Row | undefined][] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if (i > 0 && j > 0) {
      const s = sims[(i - 1) * m + (j - 1)];
      if (s >= SAME_ROW && score[i * width + j] === score[(i - 1) * width + j - 1] + s) {
        pairs.push([a[i - 1], b[j - 1]]);
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && (j === 0 || score[i * width + j] === score[(i - 1) * width + j])) {
      pairs.push([a[i - 1], undefined]);
      i--;
    } else {
      pairs.push([undefined, b[j - 1]]);
      j--;
    }
  }
  return pairAtSamePlace(pairs.reverse());
}

/**
 * Rows left without a partner (too different to pair by content, like a sentence rewritten) pair
 * with the row at the same place relative to the rows around them, when there is one.
 */
function pairAtSamePlace(pairs: [Row | undefined, Row | undefined][]): [Row | undefined, Row | undefined][] {
  const out: [Row | undefined, Row | undefined][] = [];
  let offset = 0;
  let gap: [Row | undefined, Row | undefined][] = [];
  const flush = (): void => {
    const lonely = new Map(gap.filter(([a]) => !a).map(([, b]) => [b!.row, b!]));
    const taken = new Set<Row>();
    const partnerOf = new Map<Row, Row>();
    for (const [a] of gap) {
      const partner = a && lonely.get(a.row + offset);
      if (a && partner && !taken.has(partner)) {
        taken.add(partner);
        partnerOf.set(a, partner);
      }
    }
    for (const [a, b] of gap) {
      if (a) out.push([a, partnerOf.get(a)]);
      else if (b && !taken.has(b)) out.push([undefined, b]);
    }
    gap = [];
  };
  for (const pair of pairs) {
    if (pair[0] && pair[1]) {
      flush();
      offset = pair[1].row - pair[0].row;
      out.push(pair);
    } else gap.push(pair);
  }
  flush();
  return out;
}

export function cellChanges(
  before: WorkbookSnapshot,
  after: WorkbookSnapshot,
): { cells: CellChange[]; sheets: SheetChanges } {
  const cells: CellChange[] = [];
  const afterSheets = new Map(after.sheets.map((s) => [s.name.toLowerCase(), s]));
  const beforeNames = new Set(before.sheets.map((s) => s.name.toLowerCase()));
  const sheets: SheetChanges = {
    added: after.sheets.filter((s) => !beforeNames.has(s.name.toLowerCase())).map((s) => s.name),
    removed: before.sheets.filter((s) => !afterSheets.has(s.name.toLowerCase())).map((s) => s.name),
  };
  for (const sheet of before.sheets) {
    const other = afterSheets.get(sheet.name.toLowerCase());
    if (!other) continue;
    for (const [rowA, rowB] of alignRows(rowsOf(sheet), rowsOf(other))) {
      const cols = [...new Set([...(rowA?.cells.keys() ?? []), ...(rowB?.cells.keys() ?? [])])].sort((x, y) => x - y);
      for (const col of cols) {
        const a = state(rowA?.cells.get(col));
        const b = state(rowB?.cells.get(col));
        if (!a && !b) continue;
        if (a && b && a.formula === b.formula && sameValue(a.value, b.value)) continue;
        const change: CellChange = {
          sheet: other.name,
          range: cellAddress((rowB ?? rowA)!.row, col),
        };
        if (rowA && rowB && rowA.row !== rowB.row) change.beforeRange = cellAddress(rowA.row, col);
        if (a) change.before = a;
        if (b) change.after = b;
        cells.push(change);
      }
    }
  }
  return { cells, sheets };
}
