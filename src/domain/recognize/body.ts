/**
 * The body of a matrix: the rows under its header block, up to where the matrix ends — a run
 * of blank rows, the next matrix's headers, a row after the total, or the end of the data.
 * Up to three blank rows inside a matrix (separators, a deleted row) are allowed when what
 * follows still looks like the matrix's data and no new header starts.
 */
import type { CellValue, RangeBox } from '../../core';
import { isErrorValue } from '../../core';
import type { Located, NumberCell } from '../matrix';
import { normalize, yearOf } from '../text';
import type { Grid } from './grid';
import { conceptAt, type HeaderBlock } from './header';
import { ANCHOR_CONCEPTS } from './vocabulary';

export interface BodyOptions {
  /** Whether a row (after a blank one) still belongs to the matrix. */
  looksLikeData: (row: number) => boolean;
  /** Whether a row is the total row, after which the matrix ends. */
  isTotal?: (row: number) => boolean;
  /** For generated matrices: the exact area; blank rows inside it do not end the body. */
  limit?: RangeBox;
  /** How many blank rows in a row may sit inside the matrix (default 3, when data follows). */
  maxGap?: number;
}

/** The filled rows of the matrix body, top to bottom. */
export function bodyRows(grid: Grid, block: HeaderBlock, options: BodyOptions): number[] {
  const rows: number[] = [];
  // Read to the end however long the matrix is: each row costs a few cells, so this stays linear,
  // and a cut-off would make the rules report a "missing" Total row that is there.
  const end = options.limit ? Math.min(options.limit.bottom + 1, grid.rowEnd) : grid.rowEnd;
  const maxGap = options.maxGap ?? 3;
  let gap = 0;
  for (let row = block.bottom + 1; row < end; row++) {
    if (grid.isBlankRow(row, block.left, block.right) && !coveredFromAbove(grid, row, block)) {
      gap++;
      if (!options.limit && gap > maxGap) break;
      continue;
    }
    if (!options.limit) {
      if (startsNewHeader(grid, row, block)) break;
      if (gap > 0 && !options.looksLikeData(row)) break;
    }
    gap = 0;
    rows.push(row);
    if (options.isTotal?.(row) && !options.limit) break;
  }
  return rows;
}

/** A row under a tall merged cell of the body is not blank (a statement merged down several rows). */
function coveredFromAbove(grid: Grid, row: number, block: HeaderBlock): boolean {
  for (let col = block.left; col <= block.right; col++) {
    const box = grid.mergeCovering(row, col);
    if (box && box.top < row && box.top > block.bottom) return true;
  }
  return false;
}

/** A row with two or more header words including an anchor one: another matrix starts here. */
function startsNewHeader(grid: Grid, row: number, block: HeaderBlock): boolean {
  let named = 0;
  let anchor = false;
  // Asked for every body row; most answer no at their first filled cell (a code, a name, a
  // number), so the row is walked lazily rather than listing its filled columns first.
  const last = Math.min(block.right, grid.sheet.row(row).length - 1);
  for (let col = Math.max(0, block.left); col <= last; col++) {
    if (!grid.isFilled(row, col)) continue;
    const value = grid.value(row, col);
    // Years typed as numbers belong to a header row ("PRG | DESCRIPCIÓN | 2028 | 2029").
    if (typeof value === 'number' && yearOf(value) !== undefined) {
      named++;
      continue;
    }
    if (typeof value !== 'string') return false;
    const concept = conceptAt(grid, row, col);
    if (!concept) return false;
    named++;
    if (ANCHOR_CONCEPTS.has(concept) && concept !== 'product') anchor = true;
  }
  return named >= 2 && anchor;
}

/** A number cell as the contract wants it: number, text as typed, or null when empty. */
export function numberAt(grid: Grid, row: number, col: number | undefined): NumberCell | undefined {
  if (col === undefined) return undefined;
  return { value: numberValue(grid.value(row, col)), row, col };
}

function numberValue(value: CellValue | undefined): number | string | null {
  if (value === undefined || value === null || typeof value === 'boolean') return null;
  if (isErrorValue(value)) return value.error;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  return value;
}

/** A text cell, trimmed, or undefined when empty. */
export function textAt(grid: Grid, row: number, col: number | undefined): Located<string> | undefined {
  if (col === undefined) return undefined;
  const value = grid.value(row, col);
  if (value === undefined || value === null || isErrorValue(value) || typeof value === 'boolean') return undefined;
  const text = String(value).trim();
  return text === '' ? undefined : { value: text, row, col };
}

/** Any value cell (codes may be numbers or text), or undefined when empty. */
export function valueAt(grid: Grid, row: number, col: number | undefined): Located<CellValue> | undefined {
  if (col === undefined) return undefined;
  const value = grid.value(row, col);
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return { value, row, col };
}

const TOTAL_LABELS = new Set(['total', 'totales', 'total general', 'gran total', 'total presupuesto', 'sumas']);

/** Whether a label says "Total" ("TOTAL", "Total general", "Total:"), not "Subtotal" or "Total programa 11". */
export function isTotalLabel(text: string): boolean {
  // Every label cell of every row is asked. Folding keeps each ASCII letter, so a text with more
  // of them than the longest label ("total presupuesto") is no total: names and notes stop here.
  if (hasMoreAsciiLetters(text, MAX_TOTAL_LETTERS)) return false;
  // The short ones are asked again and again ("Total", "Persona"): remember recent answers.
  let total = totalLabelCache.get(text);
  if (total === undefined) {
    total = TOTAL_LABELS.has(
      normalize(text)
        .replace(/[^a-z ]/g, '')
        .trim(),
    );
    if (totalLabelCache.size >= TOTAL_LABEL_CACHE_SIZE) totalLabelCache.clear();
    totalLabelCache.set(text, total);
  }
  return total;
}

const MAX_TOTAL_LETTERS = Math.max(...[...TOTAL_LABELS].map((label) => label.replace(/ /g, '').length));

function hasMoreAsciiLetters(text: string, limit: number): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20; // lower case
    if (code >= 0x61 && code <= 0x7a && ++letters > limit) return true;
  }
  return false;
}

const TOTAL_LABEL_CACHE_SIZE = 50_000;
const totalLabelCache = new Map<string, boolean>();

/** "Subtotal", "Sub total", "Total programa 11": rows that add up part of a matrix. */
export function isSubtotalLabel(text: string): boolean {
  // Folded, a subtotal label starts with "sub" or "total": the raw text with s/t or an accented
  // letter after any edge punctuation. Every item name is asked, most answer no here.
  if (!SUBTOTAL_START.test(text)) return false;
  const folded = normalize(text);
  return /^sub\s*-?\s*total/.test(folded) || (/^total\b/.test(folded) && !isTotalLabel(text));
}

const SUBTOTAL_START = /^[\s.,;:·•*\-–—_|/\\]*(?:[st]|[^ -~])/i;

/** The first total-like label among the given columns of a row. */
export function totalLabelIn(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((col) => {
    const text = grid.rawText(row, col);
    return text !== undefined && isTotalLabel(text);
  });
}
