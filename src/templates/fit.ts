/**
 * Makes every generated sheet fit its text: column widths grow until the longest word of a
 * wrapped cell (and every number as formatted) fits, so no word breaks in the middle, and every
 * row gets the height its tallest cell needs, counting lines the way a spreadsheet wraps them
 * (Arial metrics, the cell's font size and bold, the width of its merged area). Excel never
 * grows a row for a merged cell by itself, so the heights are written explicitly.
 */
import { cellAddress, columnIndex, columnName, parseCell, parseRange, type RangeBox } from '../core';
import { ARIAL_BOLD, ARIAL_REGULAR, METRIC_CHARS } from './font-metrics';
import type { CellSpec, ColumnSpec, RowSpec, SheetSpec, StyleSpec } from './spec';
import { FONT } from './styles';

const INDEX = new Map([...METRIC_CHARS].map((ch, i) => [ch.codePointAt(0)!, i]));
/** Renderers round glyphs to whole pixels and pad cells differently: measure a little wide. */
const SAFETY = 1.08;
/** Pixels of a cell's width that text cannot use (left and right padding, gridline). */
const CELL_PADDING_PX = 9;
/** Pixels an indent level takes (about three characters). */
const INDENT_PX = 20;
/** Default width (characters) of a column the sheet does not size. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Pixels of the widest digit of Arial 10 at 96 dpi: Excel's column width unit. */
const DIGIT_PX = 7;

/** Width in pixels (96 dpi) of a text in Arial at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? ARIAL_BOLD : ARIAL_REGULAR;
  let em = 0;
  for (const ch of text) {
    const i = INDEX.get(ch.codePointAt(0)!);
    em += i === undefined ? 600 : table[i];
  }
  return ((em / 1000) * size * 96) / 72;
}

/** Pixels of a column `width` characters wide (Excel: 7 px per character plus 5 px padding). */
export function columnPixels(width: number): number {
  return Math.floor(width * DIGIT_PX + 5);
}

/** The column width (characters) that gives at least `px` pixels. */
export function widthForPixels(px: number): number {
  return Math.ceil(((px - 5) / DIGIT_PX) * 4) / 4;
}

/** Height in points of `lines` lines of text at `size` points, with the cell's padding. */
export function linesHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * 1.15 + 3.5) * 4) / 4;
}

export interface Wrapped {
  lines: number;
  /** Width of the longest word (pixels, measured wide). */
  longestWord: number;
}

/** Lines a text takes when wrapped at word boundaries in `widthPx` pixels. */
export function wrapText(text: string, widthPx: number, size: number, bold = false): Wrapped {
  const space = textWidth(' ', size, bold) * SAFETY;
  let lines = 0;
  let longestWord = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/\s+/).filter((w) => w !== '');
    lines++;
    let used = 0;
    for (const word of words) {
      const w = textWidth(word, size, bold) * SAFETY;
      longestWord = Math.max(longestWord, w);
      if (used === 0) {
        used = w;
      } else if (used + space + w <= widthPx) {
        used += space + w;
      } else {
        lines++;
        used = w;
      }
      // A word wider than the line breaks over several lines.
      if (w > widthPx && widthPx > 0) {
        lines += Math.ceil(w / widthPx) - 1;
        used = w % widthPx;
      }
    }
  }
  return { lines, longestWord };
}

const numberText = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** The text a cell shows (close enough to measure): formatted numbers, texts, cached results. */
export function shownText(cell: CellSpec, style: StyleSpec | undefined): string {
  const value = cell.formula !== undefined ? cell.result : cell.value;
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? 'VERDADERO' : 'FALSO';
  if (typeof value === 'string') return value;
  const format = style?.numFmt ?? 'General';
  const decimals = /0\.(0+)/.exec(format)?.[1].length ?? 0;
  const percent = format.includes('%');
  const n = percent ? value * 100 : value;
  const fixed = new Intl.NumberFormat('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format.includes(','),
  }).format(n);
  if (format === 'General') return numberText.format(value);
  const prefix = /^"([^"]*)"/.exec(format)?.[1] ?? '';
  return `${prefix}${fixed}${percent ? '%' : ''}`;
}

/** Styles whose text may run over empty neighbours (title rows): neither widened nor wrapped. */
const OVERFLOW_STYLES = new Set(['title', 'subtitle', 'note']);

interface Placed {
  cell: CellSpec;
  box: RangeBox;
  style: StyleSpec | undefined;
  text: string;
}

function placedCells(sheet: SheetSpec, styles: Record<string, StyleSpec>): Placed[] {
  const merges = new Map<string, RangeBox>();
  for (const merge of sheet.merges) {
    const box = parseRange(merge);
    if (box) merges.set(cellAddress(box.top, box.left), box);
  }
  const out: Placed[] = [];
  for (const cell of sheet.cells) {
    const pos = parseCell(cell.ref);
    if (!pos) continue;
    const style = cell.style ? styles[cell.style] : undefined;
    const text = shownText(cell, style);
    if (text === '') continue;
    const box = merges.get(cell.ref) ?? { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col };
    out.push({ cell, box, style, text });
  }
  return out;
}

/**
 * The sheet with columns widened where a word or number would not fit, and a height for every
 * row that holds something. Hidden sheets (catalogue lists) are returned as they are.
 */
export function fitSheet(sheet: SheetSpec, styles: Record<string, StyleSpec>, baseSize: number = FONT.size): SheetSpec {
  if (sheet.hidden) return sheet;
  const widths = new Map<number, number>(sheet.columns.map((c) => [columnIndex(c.col), c.width]));
  const px = (col: number) => columnPixels(widths.get(col) ?? DEFAULT_COLUMN_WIDTH);
  const spanPx = (box: RangeBox) => {
    let total = 0;
    for (let c = box.left; c <= box.right; c++) total += px(c);
    return total;
  };
  const cells = placedCells(sheet, styles);
  const available = (p: Placed) => spanPx(p.box) - CELL_PADDING_PX - (p.style?.indent ?? 0) * INDENT_PX;
  const sizeOf = (p: Placed) => p.style?.fontSize ?? baseSize;

  // Widths: the longest word of wrapped text, the whole text of unwrapped cells.
  for (const p of cells) {
    if (p.cell.ref && OVERFLOW_STYLES.has(p.cell.style ?? '')) continue;
    const size = sizeOf(p);
    const bold = p.style?.bold === true;
    const need = p.style?.wrap
      ? wrapText(p.text, Number.POSITIVE_INFINITY, size, bold).longestWord
      : textWidth(p.text, size, bold) * SAFETY;
    const deficit = need - available(p);
    if (deficit > 0) {
      const last = p.box.right;
      widths.set(last, widthForPixels(px(last) + deficit));
    }
  }

  // Heights: single-row cells first, then rows under a taller merged area share the difference.
  const heights = new Map<number, number>();
  const need = (p: Placed) => {
    const size = sizeOf(p);
    const lines = p.style?.wrap ? wrapText(p.text, available(p), size, p.style?.bold === true).lines : 1;
    return linesHeight(lines, size);
  };
  const tall: Placed[] = [];
  for (const p of cells) {
    if (p.box.bottom > p.box.top) {
      tall.push(p);
      continue;
    }
    heights.set(p.box.top, Math.max(heights.get(p.box.top) ?? 0, need(p)));
  }
  const rowsWithCells = new Set(sheet.cells.map((c) => parseCell(c.ref)?.row ?? -1));
  for (const row of rowsWithCells) if (row >= 0 && !heights.has(row)) heights.set(row, linesHeight(1, baseSize));
  for (const p of tall) {
    const rows: number[] = [];
    for (let r = p.box.top; r <= p.box.bottom; r++) rows.push(r);
    const current = rows.reduce((sum, r) => sum + (heights.get(r) ?? linesHeight(1, baseSize)), 0);
    const deficit = need(p) - current;
    if (deficit > 0) {
      const share = Math.ceil((deficit / rows.length) * 4) / 4;
      for (const r of rows) heights.set(r, (heights.get(r) ?? linesHeight(1, baseSize)) + share);
    }
  }
  // Explicit heights of the builder are a minimum.
  for (const row of sheet.rows ?? []) {
    heights.set(row.row - 1, Math.max(heights.get(row.row - 1) ?? 0, row.height));
  }

  const columns: ColumnSpec[] = [...widths.entries()]
    .sort(([a], [b]) => a - b)
    .map(([col, width]) => {
      const old = sheet.columns.find((c) => columnIndex(c.col) === col);
      return old ? { ...old, width } : { col: columnName(col), width };
    });
  const rows: RowSpec[] = [...heights.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, height]) => ({ row: row + 1, height }));
  return { ...sheet, columns, rows };
}

/** Pixel widths of columns 0..last of a sheet. */
export function columnPixelList(sheet: SheetSpec, last: number): number[] {
  const widths = new Map<number, number>(sheet.columns.map((c) => [columnIndex(c.col), c.width]));
  return Array.from({ length: last + 1 }, (_, c) => columnPixels(widths.get(c) ?? DEFAULT_COLUMN_WIDTH));
}

/** Heights (points) of rows 0..last of a sheet (15 for a row without height). */
export function rowHeightList(sheet: SheetSpec, last: number): number[] {
  const heights = new Map<number, number>((sheet.rows ?? []).map((r) => [r.row - 1, r.height]));
  return Array.from({ length: last + 1 }, (_, r) => heights.get(r) ?? 15);
}
