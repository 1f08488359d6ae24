/**
 * Header blocks: where a matrix's headers sit and what each column means. Found the way a
 * person finds them — by reading short text cells for header words, then looking around them —
 * so one pass over the text cells is all that touches the whole sheet.
 *
 * A block is one to five rows of header cells (two-row headers with a year merged over
 * "Meta física | Meta financiera" are common). Each column gets its "path": the concepts of
 * the header cells above it from top to bottom, looking through merges and filling an upper
 * header rightwards over the sub-headers under it when it was not merged.
 */
import type { RangeBox } from '../../core';
import type { MatrixType } from '../matrix';
import { normalize, wordsOfFolded, yearOf, yearSpanOf } from '../text';
import type { Grid } from './grid';
import {
  ANCHOR_CONCEPTS,
  classifyHeader,
  mayBeHeader,
  trailingSpan,
  trailingYear,
  type HeaderConcept,
} from './vocabulary';

/** Matrices laid out as tables under a header row (fichas are label/value blocks instead). */
export type TableMatrixType = Exclude<MatrixType, 'indicator-sheet'>;

export interface HeaderCell {
  row: number;
  col: number;
  concept: HeaderConcept;
}

export interface ColumnHeader {
  col: number;
  /** Concepts from the top header row to the bottom one (one per row that names this column). */
  path: HeaderConcept[];
  /** The year this column belongs to, and the column of the header cell that says it. */
  year?: number;
  yearCol?: number;
  yearRow?: number;
  /** A span of years ("2026-2030"), for multiannual totals. */
  span?: { from: number; to: number };
}

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  columns: ColumnHeader[];
  /** Every concept named in the block. */
  concepts: Set<HeaderConcept>;
}

/** At most this many header rows under the first one. */
const MAX_EXTRA_HEADER_ROWS = 4;
/** Empty columns that end a cluster of header cells on one row (two matrices side by side). */
const CLUSTER_GAP = 2;

/** The header concept of a cell (through merges: the merge's top-left cell speaks for it). */
export function conceptAt(grid: Grid, row: number, col: number): HeaderConcept | undefined {
  const m = grid.master(row, col);
  const value = grid.value(m.row, m.col);
  if (value === undefined || value === null) return undefined;
  const folded = grid.text(m.row, m.col);
  // classifyHeader's own first refusals, before splitting the text into words: most body cells
  // (codes, names, notes) are refused here, once per row of big matrices.
  if (typeof value !== 'number' && !FOUR_DIGITS.test(folded) && !mayBeHeader(folded)) return undefined;
  return classifyHeader(value, folded, grid.words(m.row, m.col));
}

const FOUR_DIGITS = /\d{4}/;

/**
 * A cheap test on the raw text, before folding it: most text cells of a big workbook (names,
 * notes, prose) share no stem with the header vocabulary and are skipped here.
 */
const HEADER_HINT =
  /prod|unid|indic|l[ií]n|dato|m[eé]t|f[ií]s|financ|tot|prg|prog|desc|sub|proy|act|result|contrib|cobert|depart|munic|pol[ií]t|pgg|eje|obj|a[ñn]o|c[oó]d|nomb|abs|rel|mont|cost|respons|presup|asign|recomend|vigent|tipo|nivel|estruct|categ|medida|^u\W*m$|\d{4}/i;

const MAX_REMEMBERED_TEXTS = 20000;

/** Header-looking text cells of a sheet, by row: the one full pass over its cells. */
export function scanAnchors(grid: Grid): Map<number, HeaderCell[]> {
  const byRow = new Map<number, HeaderCell[]>();
  // Many cells repeat the same short text ("Total", "Producto:"): classify each text once.
  const seen = new Map<string, HeaderConcept | null>();
  for (const cell of grid.sheet.textCells) {
    const value = cell.value;
    if (value.length > 140 || !HEADER_HINT.test(value)) continue;
    let concept = seen.get(value);
    if (concept === undefined) {
      const folded = normalize(value);
      concept = classifyHeader(value, folded, wordsOfFolded(folded)) ?? null;
      if (seen.size < MAX_REMEMBERED_TEXTS) seen.set(value, concept);
    }
    if (!concept) continue;
    const list = byRow.get(cell.row);
    const header = { row: cell.row, col: cell.col, concept };
    if (list) list.push(header);
    else byRow.set(cell.row, [header]);
  }
  // Rows with no cell that can start a matrix ("Total" in a long list) are of no further use.
  for (const [row, cells] of byRow) if (!cells.some((c) => ANCHOR_CONCEPTS.has(c.concept))) byRow.delete(row);
  return byRow;
}

/** Whether every filled cell of a row between the columns is a header (or a merge from above). */
function isHeaderRow(grid: Grid, row: number, left: number, right: number): boolean {
  let named = 0;
  for (const col of grid.filledCols(row, left, right)) {
    const value = grid.value(row, col);
    if (typeof value === 'number' && yearOf(value) === undefined) return false;
    if (!conceptAt(grid, row, col)) return false;
    named++;
  }
  if (named > 0) return true;
  // A row whose only content is merged down from the row above (tall header cells).
  for (let col = left; col <= right; col++) {
    const box = grid.mergeCovering(row, col);
    if (box && box.top < row) return true;
  }
  return false;
}

/** A header row above a block that names years (the upper row of a two-row header). */
function isYearRow(grid: Grid, row: number, left: number, right: number): boolean {
  if (!isHeaderRow(grid, row, left, right)) return false;
  return grid.filledCols(row, left, right).some((col) => conceptAt(grid, row, col) === 'year');
}

/** Groups a row's header cells into clusters separated by wide empty gaps. */
function clusters(grid: Grid, cells: HeaderCell[]): HeaderCell[][] {
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  const groups: HeaderCell[][] = [];
  let reach = -Infinity;
  for (const cell of sorted) {
    const right = grid.mergeCovering(cell.row, cell.col)?.right ?? cell.col;
    if (cell.col - reach > CLUSTER_GAP || groups.length === 0) groups.push([cell]);
    else groups[groups.length - 1].push(cell);
    reach = Math.max(reach, right);
  }
  return groups;
}

/** Extends a column range over adjacent header cells of the rows in the block. */
function widen(grid: Grid, top: number, bottom: number, left: number, right: number): [number, number] {
  let changed = true;
  while (changed) {
    changed = false;
    for (let row = top; row <= bottom; row++) {
      for (const [col, step] of [
        [left - 1, -1],
        [right + 1, 1],
      ] as const) {
        if (col < 0) continue;
        let reach = col;
        // Allow one empty column inside the block (a narrow spacer or a prefix column).
        if (!grid.isFilled(row, reach) && !grid.mergeCovering(row, reach)) reach += step;
        if (reach < 0) continue;
        const m = grid.master(row, reach);
        if (m.row < top) continue;
        if (!conceptAt(grid, row, reach)) continue;
        const box = grid.mergeCovering(row, reach);
        const [oldLeft, oldRight] = [left, right];
        if (step < 0) left = Math.min(left, box?.left ?? reach);
        else right = Math.max(right, box?.right ?? reach);
        if (left !== oldLeft || right !== oldRight) changed = true;
      }
    }
  }
  return [left, right];
}

/** Builds the header block that starts with these header cells of one row. */
export function buildBlock(grid: Grid, cells: HeaderCell[], limit?: RangeBox): HeaderBlock {
  let top = cells[0].row;
  let left = Math.min(...cells.map((c) => grid.mergeCovering(c.row, c.col)?.left ?? c.col));
  let right = Math.max(...cells.map((c) => grid.mergeCovering(c.row, c.col)?.right ?? c.col));
  let bottom = top;
  // Tall header cells (merged down) make the block at least that tall.
  for (const c of cells) bottom = Math.max(bottom, grid.mergeCovering(c.row, c.col)?.bottom ?? c.row);
  const maxBottom = Math.min(top + MAX_EXTRA_HEADER_ROWS, limit ? limit.bottom - 1 : Infinity);
  [left, right] = widen(grid, top, bottom, left, right);
  while (bottom < maxBottom && isHeaderRow(grid, bottom + 1, left, right)) {
    bottom++;
    [left, right] = widen(grid, top, bottom, left, right);
  }
  // A row of years typed as numbers over the header row ("2026" merged over the goal pair)
  // holds no header word, so it did not start the block: take it in from above.
  const minTop = limit ? limit.top : 0;
  for (let step = 0; step < 2 && top - 1 >= minTop && isYearRow(grid, top - 1, left, right); step++) {
    top--;
    [left, right] = widen(grid, top, bottom, left, right);
  }
  if (limit) {
    left = Math.max(left, limit.left);
    right = Math.min(right, limit.right);
  }
  return { top, bottom, left, right, ...describeColumns(grid, top, bottom, left, right) };
}

/** The path of concepts over each column of a header block. */
export function describeColumns(
  grid: Grid,
  top: number,
  bottom: number,
  left: number,
  right: number,
): { columns: ColumnHeader[]; concepts: Set<HeaderConcept> } {
  const columns: ColumnHeader[] = [];
  const concepts = new Set<HeaderConcept>();
  for (let col = left; col <= right; col++) {
    const column: ColumnHeader = { col, path: [] };
    let lastMaster = '';
    for (let row = top; row <= bottom; row++) {
      let m = grid.master(row, col);
      let concept = conceptAt(grid, row, col);
      if (!concept && row < bottom && hasHeaderBelow(grid, row, bottom, col)) {
        // An unmerged upper header ("2026" over two sub-columns) also covers the empty cells to
        // its right that have sub-headers under them.
        for (let c = col - 1; c >= left; c--) {
          const cm = grid.master(row, c);
          const cc = conceptAt(grid, row, c);
          if (cc) {
            concept = cc;
            m = cm;
            break;
          }
          if (!hasHeaderBelow(grid, row, bottom, c)) break;
        }
      }
      const key = `${m.row},${m.col}`;
      if (!concept || key === lastMaster) continue;
      lastMaster = key;
      column.path.push(concept);
      concepts.add(concept);
      const value = grid.value(m.row, m.col);
      const year = concept === 'year' ? yearOf(value) : undefined;
      if (year !== undefined && column.year === undefined) {
        column.year = year;
        column.yearCol = m.col;
        column.yearRow = m.row;
      }
      const folded = grid.text(m.row, m.col);
      const span = concept === 'yearSpan' ? yearSpanOf(value) : concept === 'total' ? trailingSpan(folded) : undefined;
      if (span) column.span = { from: span.from, to: span.to };
      const ownYear = !span && concept !== 'year' && concept !== 'yearSpan' ? trailingYear(folded) : undefined;
      if (ownYear !== undefined && column.year === undefined) {
        column.year = ownYear;
        column.yearCol = m.col;
        column.yearRow = m.row;
      }
    }
    columns.push(column);
  }
  return { columns, concepts };
}

function hasHeaderBelow(grid: Grid, row: number, bottom: number, col: number): boolean {
  for (let r = row + 1; r <= bottom; r++) if (conceptAt(grid, r, col)) return true;
  return false;
}

/** Which matrix a header block introduces, from the concepts it names; undefined if none. */
export function classifyBlock(block: HeaderBlock): TableMatrixType | undefined {
  const has = (c: HeaderConcept) => block.concepts.has(c);
  const years = block.columns.filter((c) => c.year !== undefined).length;
  const product = has('product') || has('subproduct');
  if (has('subprograma') || (has('proyecto') && has('actividad'))) return 'programmatic';
  if (product && (has('departments') || has('municipalities') || has('coverage'))) return 'coverage';
  if (product && has('contribution')) return 'pgg';
  if ((has('absolute') || has('relative') || has('baseline')) && (has('indicator') || product))
    return 'indicator-matrix';
  if (product && (has('physical') || has('financial') || (years > 0 && (has('unit') || has('meta'))))) return 'goals';
  if (product && (has('result') || has('resultDescription'))) return 'results';
  if (!product && (has('prg') || has('description')) && years > 0) return 'budget';
  const policyColumns = ['generalObjective', 'specificObjectives', 'goalsOrActions', 'indicators'] as const;
  if (policyColumns.filter(has).length >= 3) return 'policy';
  if (!product && years >= 1 && block.columns.every((c) => c.path.every((p) => p === 'year' || p === 'result')))
    return 'results';
  return undefined;
}

export function firstColumn(block: HeaderBlock, ...concepts: HeaderConcept[]): number | undefined {
  for (const concept of concepts) {
    const found = block.columns.find((c) => c.path.includes(concept));
    if (found) return found.col;
  }
  return undefined;
}

/** Rows of a sheet with header cells that can start a matrix, top to bottom, split into clusters. */
export function anchorClusters(grid: Grid, anchors: Map<number, HeaderCell[]>): HeaderCell[][] {
  const rows = [...anchors.keys()].sort((a, b) => a - b);
  const result: HeaderCell[][] = [];
  for (const row of rows) {
    const cells = anchors.get(row) ?? [];
    for (const cluster of clusters(grid, cells))
      if (cluster.some((c) => ANCHOR_CONCEPTS.has(c.concept))) result.push(cluster);
  }
  return result;
}
