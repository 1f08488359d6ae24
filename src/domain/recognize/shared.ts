/** Small pieces every matrix parser uses: the parse context, areas, year columns, name areas. */
import { rangeAddress, type RangeBox } from '../../core';
import type { Grid } from './grid';
import type { ColumnHeader, HeaderBlock } from './header';

export interface ParseContext {
  /** True for Planifica's own sheets, found by their defined names. */
  generated: boolean;
  /** The exact area of a generated matrix: the body ends at its last row, not at blank rows. */
  limit?: RangeBox;
}

/** The A1 area of a matrix: its header block and body rows (or the generated area as given). */
export function areaOf(block: HeaderBlock, rows: number[], limit?: RangeBox): string {
  if (limit) return rangeAddress(limit);
  const bottom = rows.length > 0 ? Math.max(block.bottom, rows[rows.length - 1]) : block.bottom;
  return rangeAddress({ top: block.top, left: block.left, bottom, right: block.right });
}

/** How many of the first body rows hold a number in a column (to choose between sub-columns). */
function numbersBelow(grid: Grid, block: HeaderBlock, col: number): number {
  let n = 0;
  for (let row = block.bottom + 1; row <= block.bottom + 40; row++) if (typeof grid.value(row, col) === 'number') n++;
  return n;
}

export interface YearColumn {
  year: number;
  headerCol: number;
  col: number;
  columns: ColumnHeader[];
}

/**
 * One column per year among the given columns. When a year covers several columns (a "Q"
 * column next to the amount), the one with numbers under it is the year's column.
 */
export function yearColumns(grid: Grid, block: HeaderBlock, columns: ColumnHeader[]): YearColumn[] {
  const groups = groupByYear(columns);
  return groups.map((group) => {
    let best = group[0];
    if (group.length > 1) {
      let bestCount = -1;
      for (const c of group) {
        const count = numbersBelow(grid, block, c.col);
        if (count > bestCount) {
          best = c;
          bestCount = count;
        }
      }
    }
    return { year: group[0].year!, headerCol: group[0].yearCol ?? group[0].col, col: best.col, columns: group };
  });
}

/** Columns grouped by the year header over them, left to right. */
export function groupByYear(columns: ColumnHeader[]): ColumnHeader[][] {
  const groups: ColumnHeader[][] = [];
  for (const column of columns) {
    if (column.year === undefined || column.span) continue;
    const last = groups[groups.length - 1];
    const lastCol = last ? last[last.length - 1].col : -2;
    if (last && last[0].year === column.year && column.col === lastCol + 1) last.push(column);
    else groups.push([column]);
  }
  return groups;
}

/**
 * The columns where product names (and a "Producto:" prefix column) sit: from the product
 * header's column to the column before the next named column.
 */
export function nameAreaFrom(block: HeaderBlock, productCol: number): { left: number; right: number } {
  let right = productCol;
  for (const column of block.columns) {
    if (column.col <= productCol) continue;
    const named = column.path.length > 0 && !column.path.every((p) => p === 'product' || p === 'subproduct');
    if (named) break;
    right = column.col;
  }
  // A "Tipo" column just left of the names says "Producto" / "Subproducto" for each row.
  const before = block.columns.find((c) => c.col === productCol - 1);
  const left = before?.path.includes('levelType') ? before.col : productCol;
  return { left, right };
}

/** The names of the expected columns that were not found, or undefined when none is missing. */
export function missingColumns(expected: [found: unknown, name: string][]): { missingColumns?: string[] } {
  const missing = expected.filter(([found]) => found === undefined || found === false).map(([, name]) => name);
  return missing.length > 0 ? { missingColumns: missing } : {};
}

/** The integers from..to inclusive. */
export function range(from: number, to: number): number[] {
  // A missing bound (Math.min of nothing) must not become an endless list.
  if (!Number.isFinite(from) || !Number.isFinite(to)) return [];
  const list: number[] = [];
  for (let i = from; i <= to; i++) list.push(i);
  return list;
}
