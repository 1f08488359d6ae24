/**
 * Cell-by-cell differences between two snapshots of a workbook, sheet by sheet (sheets matched by
 * name, as Excel's case-insensitive names): a value or a formula that differs, a cell that
 * appears or disappears. diff.ts lists here only what no plan change explains.
 */
import { cellAddress, type Cell, type CellValue, type WorkbookSnapshot } from '../../core';

export interface CellState {
  value: CellValue;
  /** Without its "=". */
  formula?: string;
}

export interface CellChange {
  sheet: string;
  range: string;
  before?: CellState;
  after?: CellState;
}

export interface SheetChanges {
  added: string[];
  removed: string[];
}

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
    const key = (c: Cell) => c.row * 16384 + c.col;
    const then = new Map(sheet.cells.map((c) => [key(c), c]));
    const now = new Map(other.cells.map((c) => [key(c), c]));
    const keys = [...new Set([...then.keys(), ...now.keys()])].sort((a, b) => a - b);
    for (const k of keys) {
      const a = state(then.get(k));
      const b = state(now.get(k));
      if (!a && !b) continue;
      if (a && b && a.formula === b.formula && sameValue(a.value, b.value)) continue;
      const change: CellChange = { sheet: other.name, range: cellAddress(Math.floor(k / 16384), k % 16384) };
      if (a) change.before = a;
      if (b) change.after = b;
      cells.push(change);
    }
  }
  return { cells, sheets };
}
