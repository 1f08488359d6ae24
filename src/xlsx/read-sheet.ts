/**
 * One worksheet part, scanned once into the snapshot's cells: values with their types, cached
 * formula results, formulas (shared ones moved from their master cell, array ones spread over
 * their area), number formats and the styles rules use, merged areas. Column widths, row
 * heights, validations, conditional formats, hyperlinks and the rest are passed over.
 * Coordinates past Excel's grid (row 1,048,576, column XFD) make a file Excel cannot open: a
 * damaged-file error, never a walk over billions of slots.
 */
import { translateFormulaToA1, translateFormulaToR1C1 } from '@borgar/fx/xlsx';
import {
  ERROR_CODES,
  boxContains,
  boxSize,
  cellAddress,
  moveFormula,
  parseRange,
  rangeAddress,
  type Cell,
  type CellValue,
  type RangeBox,
  type SheetSnapshot,
} from '../core';
import { formatCount } from './errors';
import type { ReadLimits } from './read-limits';
import { DECLINE, INCOMPLETE, MAX_COLUMNS, MAX_ROWS, RawCell, scanCell } from './read-cell-fast';
import { decodeEscapes, type CellFormat } from './read-styles';
import { XmlError, ownCopy, type XmlAttributes, type XmlSink } from './xml';
import { corruptError } from './zip';
import { XlsxReadError } from './errors';

export { MAX_COLUMNS, MAX_ROWS };
const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const DATE_1904_OFFSET = 1_462;
const KNOWN_ERRORS: ReadonlySet<string> = new Set(ERROR_CODES);

/** What all the sheets of one workbook share while they are read. */
export interface SheetContext {
  strings: readonly string[];
  formats: readonly CellFormat[];
  date1904: boolean;
  limits: ReadLimits;
  /** Cells (`<c>` elements) and merged cells counted so far, over all sheets. */
  counts: { cells: number; mergedCells: number };
}

export function beyondGrid(sheet: string, what: string): XlsxReadError {
  return corruptError(
    `la hoja «${sheet}» usa ${what}, fuera de la cuadrícula de Excel (${formatCount(MAX_ROWS)} filas, ${formatCount(MAX_COLUMNS)} columnas)`,
    `the sheet "${sheet}" uses ${what}, past Excel's grid (${formatCount(MAX_ROWS)} rows, ${formatCount(MAX_COLUMNS)} columns)`,
  );
}

export function tooManyCells(count: number, limits: ReadLimits, merged = false): XlsxReadError {
  const es = merged ? 'celdas combinadas' : 'celdas';
  return new XlsxReadError(
    'too-many-cells',
    `el libro tiene demasiadas ${es} (${formatCount(count)} o más; máximo ${formatCount(limits.maxCells)})`,
    `the workbook has too many ${merged ? 'merged cells' : 'cells'} (${formatCount(count)} or more; at most ${formatCount(limits.maxCells)})`,
  );
}

/** Strips the storage prefixes of newer functions ("_xlfn.XLOOKUP"), as Excel shows them. */
export function displayFormula(formula: string): string {
  return formula.includes('_xl') ? formula.replace(/_xl(?:fn|ws|pm)\./g, '') : formula;
}

function errorOrText(text: string): CellValue {
  return KNOWN_ERRORS.has(text) || text.startsWith('#') ? { error: text } : text;
}

function parseNumber(text: string): number | null {
  let n = +text;
  if (Number.isNaN(n)) n = parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
  /** The master's relative (R1C1) form, made when a copy needs @borgar/fx. */
  r1c1?: string;
}

/** Cell text kinds being collected. */
const NONE = 0;
const VALUE = 1;
const FORMULA = 2;
const INLINE = 3;

export class SheetSink implements XmlSink {
  wantText = false;
  rawElements = 0;
  private cells: Cell[] = [];
  /** Cells kept so far: the list may be longer, sized ahead by reserve(). */
  private kept = 0;
  private readonly mergeRefs: RangeBox[] = [];
  private readonly arrays: { box: RangeBox; formula: string }[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private inData = false;
  private row = -1;
  private col = -1;
  private lastKey = -1;
  private ordered = true;
  private top = Infinity;
  private left = Infinity;
  private bottom = -1;
  private right = -1;
  // The cell being read.
  private inCell = false;
  private cRow = 0;
  private cCol = 0;
  /** What the cell holds so far: written by the fast path whole, or element by element. */
  private readonly current = new RawCell();
  private target = NONE;
  private phonetic = 0;

  /** `fastPath: false` reads every cell through the general scanner (to test one against the other). */
  constructor(
    private readonly name: string,
    private readonly context: SheetContext,
    options: { fastPath?: boolean } = {},
  ) {
    if (options.fastPath === false) this.raw = undefined;
  }

  open(name: string, a: XmlAttributes, empty: boolean): void {
    if (this.inCell) {
      switch (name) {
        case 'v':
          this.current.hasValue = true;
          if (!empty) this.startText(VALUE);
          return;
        case 'f':
          this.current.hasFormula = true;
          this.current.formulaType = a.get('t') ?? '';
          this.current.formulaRef = a.get('ref');
          this.current.formulaSi = a.get('si');
          if (!empty) this.startText(FORMULA);
          return;
        case 'is':
          this.current.hasInline = true;
          return;
        case 'rPh':
          if (!empty) this.phonetic++;
          return;
        case 't':
          if (!empty && !this.phonetic) this.startText(INLINE);
          return;
      }
      return;
    }
    if (!this.inData) {
      if (name === 'sheetData') this.inData = !empty;
      else if (name === 'mergeCell') this.addMerge(a.get('ref'));
      return;
    }
    if (name === 'c') this.openCell(a, empty);
    else if (name === 'row') this.openRow(a);
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === 'c') this.endCell();
      else if (name === 'rPh') this.phonetic--;
      else if (this.target !== NONE && (name === 'v' || name === 'f' || name === 't')) {
        this.target = NONE;
        this.wantText = false;
      }
    } else if (name === 'sheetData') this.inData = false;
  }

  text(text: string): void {
    if (this.target === VALUE) this.current.value += text;
    else if (this.target === FORMULA) this.current.formula += text;
    else if (this.target === INLINE) this.current.inline += text;
  }

  private startText(target: number): void {
    this.target = target;
    this.wantText = true;
  }

  private openRow(a: XmlAttributes): void {
    const r = a.get('r');
    if (r === undefined) this.row++;
    else {
      if (!/^\s*\d{1,16}\s*$/.test(r)) throw new XmlError(`fila con número inválido (r="${r.slice(0, 20)}")`);
      const n = Number(r);
      if (n < 1) throw new XmlError(`fila con número inválido (r="${r}")`);
      if (n > MAX_ROWS) throw beyondGrid(this.name, `la fila ${formatCount(n)}`);
      this.row = n - 1;
    }
    if (this.row >= MAX_ROWS) throw beyondGrid(this.name, `la fila ${formatCount(this.row + 1)}`);
    this.col = -1;
  }

  /** The fast path (read-cell-fast.ts): a whole `<c>` element at once, or DECLINE. */
  raw? = (s: string, lt: number, final: boolean): number => {
    if (!this.inData || this.inCell) return DECLINE;
    const cell = this.current;
    const end = scanCell(s, lt, cell);
    if (end < 0) return end === INCOMPLETE && final ? DECLINE : end;
    this.countCell();
    if (cell.row < 0) this.nextPosition();
    else {
      this.cRow = cell.row;
      this.cCol = cell.col;
    }
    this.placeCell();
    this.phonetic = 0;
    this.rawElements = cell.elements;
    this.endCell();
    return end;
  };

  private countCell(): void {
    const counts = this.context.counts;
    if (++counts.cells > this.context.limits.maxCells) throw tooManyCells(counts.cells, this.context.limits);
  }

  /** A cell without `r`: the one after the previous cell of the row. */
  private nextPosition(): void {
    this.cCol = this.col + 1;
    this.cRow = this.row < 0 ? 0 : this.row;
  }

  private placeCell(): void {
    if (this.cCol >= MAX_COLUMNS) throw beyondGrid(this.name, `la columna ${formatCount(this.cCol + 1)}`);
    this.col = this.cCol;
    if (this.row < 0) this.row = this.cRow;
  }

  private openCell(a: XmlAttributes, empty: boolean): void {
    this.countCell();
    const r = a.get('r');
    if (r === undefined) this.nextPosition();
    else this.parseAddress(r);
    this.placeCell();
    const cell = this.current;
    cell.reset();
    cell.type = a.get('t') ?? 'n';
    const s = a.get('s');
    cell.style = s === undefined ? -1 : +s;
    this.phonetic = 0;
    this.target = NONE;
    if (empty) this.endCell();
    else this.inCell = true;
  }

  /** "AB12" → cRow/cCol (0-based); past the grid is an error, a malformed address too. */
  private parseAddress(r: string): void {
    let i = 0;
    let col = 0;
    const length = r.length;
    for (; i < length; i++) {
      const code = r.charCodeAt(i) & ~32;
      if (code < 65 || code > 90) break;
      if (col <= MAX_COLUMNS) col = col * 26 + (code - 64);
    }
    let row = 0;
    const digitsFrom = i;
    for (; i < length; i++) {
      const d = r.charCodeAt(i) - 48;
      if (d < 0 || d > 9) break;
      if (row <= MAX_ROWS) row = row * 10 + d;
    }
    if (digitsFrom === 0 || i === digitsFrom || i !== length || row < 1) {
      throw new XmlError(`celda con dirección inválida (r="${r.slice(0, 20)}")`);
    }
    if (col > MAX_COLUMNS) throw beyondGrid(this.name, `la celda ${r.slice(0, 20)}`);
    if (row > MAX_ROWS) throw beyondGrid(this.name, `la celda ${r.slice(0, 20)}`);
    this.cCol = col - 1;
    this.cRow = row - 1;
  }

  private endCell(): void {
    this.inCell = false;
    this.wantText = false;
    this.target = NONE;
    const row = this.cRow;
    const col = this.cCol;
    const type = this.current.type;
    const formulaType = this.current.formulaType;
    let formula: string | undefined;
    let isFormula = false;
    if (this.current.hasFormula) {
      const text = this.current.formula;
      if (formulaType === 'shared' && this.current.formulaSi !== undefined) {
        isFormula = true;
        if (text) {
          formula = text;
          this.masters.set(this.current.formulaSi, { formula: text, row, col });
        } else {
          formula = this.sharedFormula(this.current.formulaSi, row, col);
        }
      } else if (text) {
        isFormula = true;
        formula = text;
      } else if (formulaType === 'array' || formulaType === 'shared') {
        isFormula = true;
      }
    }

    let value: CellValue = null;
    const v = this.current.value;
    if (isFormula) {
      if (this.current.hasValue && (v !== '' || type === 'str')) value = this.typed(type, v);
    } else if (type === 'inlineStr') {
      if (!this.current.hasInline || this.current.inline === '') return;
      value = ownCopy(decodeEscapes(this.current.inline));
    } else {
      if (v === '') return;
      value = this.typed(type, v);
      if (value === null) return;
    }

    // Every cell gets the same fields in the same order: one object shape keeps the property
    // reads of every rule monomorphic (several shapes made the whole engine measurably slower).
    // But `array`: only cells of an array formula get it (rare), and leaving it off the others
    // saves 8 bytes a cell, ≈ 7 % of the time to read a million cells (fewer pages to touch).
    const cell: Cell = { row, col, value, formula: undefined, numFmt: undefined, style: undefined };
    if (formula !== undefined) {
      cell.formula = ownCopy(displayFormula(formula));
      if (formulaType === 'array') {
        cell.array = true;
        const box = this.current.formulaRef ? parseRange(this.current.formulaRef) : undefined;
        if (box && (box.bottom > box.top || box.right > box.left)) {
          this.arrays.push({ box: clampBox(box), formula: cell.formula });
        }
      }
    }
    const format = this.current.style >= 0 ? this.context.formats[this.current.style] : undefined;
    if (format) {
      if (format.numFmt) cell.numFmt = format.numFmt;
      if (format.style) cell.style = format.style;
    }
    const key = row * MAX_COLUMNS + col;
    if (key <= this.lastKey) this.ordered = false;
    this.lastKey = key;
    this.cells[this.kept++] = cell;
    // The used range, kept as cells arrive (a pass over them afterwards cost more, run cold).
    if (row < this.top) this.top = row;
    if (row > this.bottom) this.bottom = row;
    if (col < this.left) this.left = col;
    if (col > this.right) this.right = col;
  }

  /** A stored value of the given cell type (`t`), or null when it says nothing. */
  private typed(type: string, v: string): CellValue {
    switch (type) {
      case 's': {
        const index = Number(v);
        const text = Number.isInteger(index) ? this.context.strings[index] : undefined;
        if (text === undefined) throw new XmlError(`texto compartido inexistente (${v.slice(0, 20)})`);
        return text;
      }
      case 'str':
        return ownCopy(v);
      case 'b':
        return parseInt(v, 10) !== 0;
      case 'e':
        return errorOrText(v);
      case 'd': {
        const time = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) || !v.includes('T') ? v : `${v}Z`);
        if (Number.isNaN(time)) return null;
        return time / MS_PER_DAY + UNIX_EPOCH_SERIAL - (this.context.date1904 ? DATE_1904_OFFSET : 0);
      }
      default:
        return parseNumber(v);
    }
  }

  private sharedFormula(si: string, row: number, col: number): string | undefined {
    const master = this.masters.get(si);
    if (!master) return undefined;
    const moved = moveFormula(master.formula, master.row, master.col, row, col);
    if (moved !== undefined) return moved;
    try {
      master.r1c1 ??= translateFormulaToR1C1(master.formula, cellAddress(master.row, master.col));
      return translateFormulaToA1(master.r1c1, cellAddress(row, col), { wrapEdges: false });
    } catch {
      return undefined;
    }
  }

  private addMerge(ref: string | undefined): void {
    if (!ref) return;
    const box = parseRange(ref);
    if (!box) return;
    if (box.bottom >= MAX_ROWS || box.right >= MAX_COLUMNS) throw beyondGrid(this.name, `el área combinada ${ref}`);
    const counts = this.context.counts;
    counts.mergedCells += boxSize(box);
    if (counts.mergedCells > this.context.limits.maxCells) {
      throw tooManyCells(counts.mergedCells, this.context.limits, true);
    }
    this.mergeRefs.push(box);
  }

  /**
   * Sizes the list for the cells to come (at most `count`, from a count of the part's `<c>`
   * tags): a list grown one push at a time is copied into a bigger one again and again, and on a
   * big sheet that is most of the memory the reader touches for the first time.
   */
  reserve(count: number): void {
    if (this.kept === 0 && count > 0) this.cells = new Array<Cell>(count);
  }

  /** The sheet, once its part has been scanned to the end. */
  snapshot(hidden: boolean): SheetSnapshot {
    if (this.cells.length !== this.kept) this.cells.length = this.kept;
    let cells = this.cells;
    const all = cells;
    if (!this.ordered) cells = sortUnique(cells);
    const merges = new MergedAreas(this.mergeRefs);
    if (merges.areas.length) cells = merges.visible(cells);
    spreadArrayFormulas(cells, this.arrays);
    const used =
      cells === all
        ? cells.length
          ? rangeAddress({ top: this.top, left: this.left, bottom: this.bottom, right: this.right })
          : null
        : usedRange(cells);
    const sheet: SheetSnapshot = { name: this.name, cells, merges: merges.areas, usedRange: used };
    if (hidden) sheet.hidden = true;
    return sheet;
  }
}

function clampBox(box: RangeBox): RangeBox {
  return {
    top: box.top,
    left: box.left,
    bottom: Math.min(box.bottom, MAX_ROWS - 1),
    right: Math.min(box.right, MAX_COLUMNS - 1),
  };
}

/** Row-major order; a cell written twice keeps its last version (as Excel does). */
function sortUnique(cells: Cell[]): Cell[] {
  const byKey = new Map<number, Cell>();
  for (const cell of cells) byKey.set(cell.row * MAX_COLUMNS + cell.col, cell);
  return [...byKey.entries()].sort((a, b) => a[0] - b[0]).map((entry) => entry[1]);
}

/**
 * The other cells of a multi-cell array formula store only values; Excel shows the formula in
 * each of them, and rules must not take them for typed numbers.
 */
export function spreadArrayFormulas(cells: Cell[], arrays: readonly { box: RangeBox; formula: string }[]): void {
  if (arrays.length === 0) return;
  const plain = new Map<number, Cell>();
  for (const cell of cells) if (cell.formula === undefined) plain.set(cell.row * MAX_COLUMNS + cell.col, cell);
  const mark = (cell: Cell | undefined, formula: string): void => {
    if (!cell || cell.formula !== undefined) return;
    cell.formula = formula;
    cell.array = true;
  };
  for (const { box, formula } of arrays) {
    // Walk the smaller of the two: the area's positions or the sheet's plain cells.
    if (boxSize(box) <= plain.size) {
      for (let row = box.top; row <= box.bottom; row++) {
        for (let col = box.left; col <= box.right; col++) mark(plain.get(row * MAX_COLUMNS + col), formula);
      }
    } else {
      for (const cell of plain.values()) if (boxContains(box, cell.row, cell.col)) mark(cell, formula);
    }
  }
}

/** A sheet's merged areas, indexed by row to tell which cells they hide. */
export class MergedAreas {
  readonly areas: string[] = [];
  private readonly byRow = new Map<number, RangeBox[]>();

  constructor(boxes: readonly RangeBox[]) {
    for (const box of boxes) {
      if (boxSize(box) < 2) continue;
      this.areas.push(rangeAddress(box));
      // Bounded: the merged cells were counted against the cell limit.
      for (let row = box.top; row <= box.bottom; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(box);
        else this.byRow.set(row, [box]);
      }
    }
  }

  /** The cells Excel shows, from cells in row-major order: none inside a merged area but its top-left one. */
  visible(cells: Cell[]): Cell[] {
    let top = Infinity;
    let bottom = -1;
    for (const row of this.byRow.keys()) {
      if (row < top) top = row;
      if (row > bottom) bottom = row;
    }
    // Only the rows the areas span need a look; the rest is copied whole.
    let first = 0;
    while (first < cells.length && cells[first].row < top) first++;
    let last = first;
    while (last < cells.length && cells[last].row <= bottom) last++;
    const middle = cells.slice(first, last).filter((c) => !this.hides(c.row, c.col));
    if (middle.length === last - first) return cells;
    return cells.slice(0, first).concat(middle, cells.slice(last));
  }

  /** True for a cell inside a merged area other than its top-left one. */
  hides(row: number, col: number): boolean {
    const boxes = this.byRow.get(row);
    if (!boxes) return false;
    return boxes.some((b) => col >= b.left && col <= b.right && (row !== b.top || col !== b.left));
  }
}

export function usedRange(cells: readonly Cell[]): string | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return rangeAddress({ top, left, bottom, right });
}
