/**
 * A reading aid over one sheet for recognition: folded text per cell (computed on demand and
 * cached), merged areas by row (so "which merge covers this cell" costs a few comparisons, not
 * a scan of every merge), and small predicates such as "is this row blank between these columns".
 */
import type { Cell, CellValue, RangeBox, SheetView, WorkbookView } from '../../core';
import { cellText, normalize, words } from '../text';

/** Merges taller than this are kept in one short list instead of being indexed row by row. */
const TALL_MERGE_ROWS = 200;

export class Grid {
  readonly sheet: SheetView;
  private readonly folded = new Map<Cell, string>();
  private readonly wordCache = new Map<Cell, string[]>();
  private readonly mergesByRow = new Map<number, RangeBox[]>();
  private readonly tallMerges: RangeBox[] = [];

  constructor(sheet: SheetView) {
    this.sheet = sheet;
    for (const box of sheet.merges) {
      if (box.bottom - box.top >= TALL_MERGE_ROWS) {
        this.tallMerges.push(box);
        continue;
      }
      for (let r = box.top; r <= box.bottom; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(box);
        else this.mergesByRow.set(r, [box]);
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  cell(row: number, col: number): Cell | undefined {
    return this.sheet.get(row, col);
  }

  value(row: number, col: number): CellValue | undefined {
    return this.sheet.get(row, col)?.value;
  }

  /** Folded text of a cell ('' when empty or not text-like). */
  text(row: number, col: number): string {
    const cell = this.sheet.get(row, col);
    if (!cell) return '';
    // normalize() already remembers each distinct string: no second, per-cell map for text.
    if (typeof cell.value === 'string') return normalize(cell.value);
    let text = this.folded.get(cell);
    if (text === undefined) {
      text = normalize(cellText(cell.value));
      this.folded.set(cell, text);
    }
    return text;
  }

  words(row: number, col: number): string[] {
    const cell = this.sheet.get(row, col);
    if (!cell) return [];
    let list = this.wordCache.get(cell);
    if (!list) {
      list = words(cellText(cell.value));
      this.wordCache.set(cell, list);
    }
    return list;
  }

  /** The raw string of a text cell, or undefined. */
  rawText(row: number, col: number): string | undefined {
    const value = this.value(row, col);
    return typeof value === 'string' ? value : undefined;
  }

  isFilled(row: number, col: number): boolean {
    const value = this.value(row, col);
    return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
  }

  /** The merged area covering a cell, if any. */
  mergeCovering(row: number, col: number): RangeBox | undefined {
    const list = this.mergesByRow.get(row);
    if (list) for (const box of list) if (col >= box.left && col <= box.right) return box;
    for (const box of this.tallMerges)
      if (row >= box.top && row <= box.bottom && col >= box.left && col <= box.right) return box;
    return undefined;
  }

  /** The cell whose value shows at row/col: itself, or the top-left cell of the merge covering it. */
  master(row: number, col: number): { row: number; col: number } {
    const box = this.mergeCovering(row, col);
    return box ? { row: box.top, col: box.left } : { row, col };
  }

  /** Folded text shown at row/col, looking through merges. */
  shownText(row: number, col: number): string {
    const m = this.master(row, col);
    return this.text(m.row, m.col);
  }

  /** True when no cell between the columns (inclusive) holds anything. */
  isBlankRow(row: number, left: number, right: number): boolean {
    const cells = this.sheet.row(row);
    const last = Math.min(right, cells.length - 1);
    for (let c = left; c <= last; c++) if (this.isFilled(row, c)) return false;
    return true;
  }

  /** Columns of the filled cells of a row between two columns. */
  filledCols(row: number, left = 0, right = Infinity): number[] {
    const cells = this.sheet.row(row);
    const cols: number[] = [];
    const last = Math.min(right, cells.length - 1);
    for (let c = Math.max(0, left); c <= last; c++) if (this.isFilled(row, c)) cols.push(c);
    return cols;
  }

  /** The first row after the last cell of the sheet. */
  get rowEnd(): number {
    return this.sheet.rowCount;
  }
}

/** One Grid per sheet per validation, shared by every recognizer. */
export function gridsOf(workbook: WorkbookView): Grid[] {
  return workbook.memo('domain/recognize/grids', (wb) => wb.sheets.map((s) => new Grid(s)));
}
