/**
 * A typed in-memory fake of the part of the Excel JavaScript API that src/excel uses. It keeps
 * Office.js's batching rules honest: a loaded property can be read only after `context.sync()`,
 * reading it earlier throws (as PropertyNotLoaded does), `*OrNullObject` results tell
 * `isNullObject` only after a sync, and every sync is counted. Writes apply to the model at once
 * (the adapter never reads its own writes before a sync, which the guards would catch anyway).
 * An optional payload limit (cells loaded in one sync) mimics Excel on the web's 5 MB limit.
 * `failWritesAfter(n)` makes the (n+1)th write of a batch fail as Excel does: the writes before
 * it stay applied, the rest of the batch is dropped and the sync rejects.
 */
import {
  cellAddress,
  columnIndex,
  columnName,
  parseCell,
  parseRange,
  rangeAddress,
  type RangeBox,
} from '../../src/core';

export interface FakeCell {
  value?: string | number | boolean | null;
  /** With "=". */
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  /** A patterned fill ("Gray25", "LinearGradient"…) and its pattern colour; absent = solid. */
  pattern?: string;
  patternColor?: string;
  bold?: boolean;
  indent?: number;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  /** Page layout as written: orientation, paperSize, zoom, margins, print titles, breaks, headers. */
  pageLayout?: Record<string, unknown>;
  /** What protect() allowed (allowInsertRows …). */
  protectionOptions?: Record<string, boolean>;
  cells: Map<string, FakeCell>; // "row,col"
  merges: string[];
  notes: Map<string, string>; // "B7" → content
  columnWidths: Map<string, number>;
  hyperlinks: Map<string, unknown>;
  frozen?: string;
  tabColor?: string;
  validations: string[];
}

export interface FakeWorkbookModel {
  sheets: FakeSheet[];
  names: { name: string; formula: string }[];
  customXml: { id: string; namespace: string; xml: string }[];
  comments: { id: string; sheet: string; cell: string; content: string }[];
  properties: { title: string; subject: string; author: string; custom: Map<string, string> };
  activeSheet?: string;
  selection?: string;
}

export function newSheet(name: string, cells: Record<string, FakeCell | string | number> = {}): FakeSheet {
  const sheet: FakeSheet = {
    name,
    visibility: 'Visible',
    protected: false,
    cells: new Map(),
    merges: [],
    notes: new Map(),
    columnWidths: new Map(),
    hyperlinks: new Map(),
    validations: [],
  };
  for (const [ref, cell] of Object.entries(cells)) {
    const pos = parseCell(ref)!;
    sheet.cells.set(`${pos.row},${pos.col}`, typeof cell === 'object' ? cell : { value: cell });
  }
  return sheet;
}

export function newWorkbook(sheets: FakeSheet[]): FakeWorkbookModel {
  return {
    sheets,
    names: [],
    customXml: [],
    comments: [],
    properties: { title: '', subject: '', author: '', custom: new Map() },
  };
}

class NotLoadedError extends Error {
  readonly code = 'PropertyNotLoaded';
}

function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/** A proxy object: load() queues, sync() resolves, reads before that throw. */
abstract class Proxy {
  private pendingProps: string[] | undefined;
  private readonly loaded = new Map<string, unknown>();
  private resolvedNull = false;
  private nullKnown = false;

  constructor(readonly ctx: FakeContext) {}

  /** Whether the object exists, decided at sync time. */
  protected exists(): boolean {
    return true;
  }

  protected abstract read(prop: string): unknown;

  /** Cells this load will bring back (for the payload limit). */
  protected payloadCells(_props: string[]): number {
    return 0;
  }

  load(props?: string | string[]): this {
    const list = props === undefined ? [] : Array.isArray(props) ? props : props.split(',').map((p) => p.trim());
    this.pendingProps = [...(this.pendingProps ?? []), ...list];
    this.ctx.enqueue(this);
    return this;
  }

  /** Resolves at once: for objects Office.js returns already loaded (collection items). */
  loadNow(props: string[]): this {
    this.pendingProps = props;
    this.resolve();
    return this;
  }

  /** Called by sync(). */
  resolve(): number {
    const props = this.pendingProps ?? [];
    this.pendingProps = undefined;
    this.nullKnown = true;
    this.resolvedNull = !this.exists();
    if (this.resolvedNull) return 0;
    const cells = this.payloadCells(props);
    for (const prop of props) this.loaded.set(prop, this.read(prop));
    return cells;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw new NotLoadedError('isNullObject read before sync');
    return this.resolvedNull;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoadedError(`${prop} read before load + sync`);
    return this.loaded.get(prop) as T;
  }
}

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function boxOf(address: string): RangeBox {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const whole = /^([A-Z]+):([A-Z]+)$/i.exec(bare);
  if (whole) return { top: 0, bottom: 1048575, left: columnIndex(whole[1]), right: columnIndex(whole[2]) };
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Number(rows[1]) - 1, bottom: Number(rows[2]) - 1, left: 0, right: 16383 };
  const box = parseRange(bare);
  if (!box) throw officeError('InvalidArgument', `bad address ${address}`);
  return box;
}

export class FakeFill {
  constructor(
    private readonly range: FakeRange,
    private readonly loadedValues: Map<string, unknown> = new Map(),
  ) {}
  load(props: string): this {
    this.range.ctx.enqueueFill(this, props.split(','));
    return this;
  }
  resolveFill(props: string[]): void {
    const cell = this.range.topLeft();
    for (const prop of props) {
      if (prop === 'color') this.loadedValues.set('color', cell?.fill ?? '#FFFFFF');
      if (prop === 'pattern') this.loadedValues.set('pattern', cell?.fill ? (cell.pattern ?? 'Solid') : 'None');
      if (prop === 'patternColor') this.loadedValues.set('patternColor', cell?.patternColor ?? null);
    }
  }
  get color(): string {
    if (!this.loadedValues.has('color')) throw new NotLoadedError('fill.color');
    return this.loadedValues.get('color') as string;
  }
  /** As in Excel, setting the colour makes the fill solid. */
  set color(value: string) {
    if (!this.range.ctx.allowWrite()) return;
    this.range.eachCell((cell) => {
      cell.fill = value.toUpperCase();
      delete cell.pattern;
      delete cell.patternColor;
    });
  }
  get pattern(): string {
    if (!this.loadedValues.has('pattern')) throw new NotLoadedError('fill.pattern');
    return this.loadedValues.get('pattern') as string;
  }
  set pattern(value: string) {
    if (!this.range.ctx.allowWrite()) return;
    this.range.eachCell((cell) => {
      if (value === 'Solid') delete cell.pattern;
      else cell.pattern = value;
    });
  }
  get patternColor(): string {
    if (!this.loadedValues.has('patternColor')) throw new NotLoadedError('fill.patternColor');
    return this.loadedValues.get('patternColor') as string;
  }
  set patternColor(value: string) {
    if (!this.range.ctx.allowWrite()) return;
    this.range.eachCell((cell) => (cell.patternColor = value.toUpperCase()));
  }
  clear(): void {
    if (!this.range.ctx.allowWrite()) return;
    this.range.eachCell((cell) => {
      delete cell.fill;
      delete cell.pattern;
      delete cell.patternColor;
    });
  }
}

class FakeFormat {
  readonly fill: FakeFill;
  readonly font: Record<string, unknown>;
  readonly protection = { locked: true };
  readonly borders = { getItem: () => ({ style: 'None' }) };
  horizontalAlignment = 'General';
  verticalAlignment = 'Bottom';
  wrapText = false;
  constructor(private readonly range: FakeRange) {
    this.fill = new FakeFill(range);
    const font: Record<string, unknown> = {};
    Object.defineProperty(font, 'bold', {
      set: (bold: boolean) => range.eachCell((cell) => (cell.bold = bold)),
      get: () => undefined,
    });
    this.font = font;
  }
  set indentLevel(level: number) {
    this.range.eachCell((cell) => (cell.indent = level));
  }
  set columnWidth(points: number) {
    const box = this.range.box;
    for (let c = box.left; c <= box.right; c++) this.range.sheet.columnWidths.set(columnName(c), points);
  }
  set rowHeight(_points: number) {}
}

const REF = /((?:'(?:[^']|'')+'|[A-Za-z0-9_.]+)!)?(\$?[A-Z]{1,3}\$?)(\d+)(?::(\$?[A-Z]{1,3}\$?)(\d+))?(?![\w(])/g;

interface Reference {
  /** The sheet prefix as written ("'Hoja 2'!"), or "". */
  qualifier: string;
  col1: string;
  row1: string;
  col2?: string;
  row2?: string;
}

/**
 * A formula with each reference to sheet `target` rewritten by `rewrite` (unqualified
 * references belong to `own`, the sheet holding the formula). Text in quotes is left alone.
 */
function rewriteReferences(formula: string, own: string, target: string, rewrite: (ref: Reference) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            REF,
            (all, qualifier: string | undefined, col1: string, row1: string, col2?: string, row2?: string) => {
              const sheet = qualifier ? qualifier.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : own;
              if (sheet.toLowerCase() !== target.toLowerCase()) return all;
              return rewrite({ qualifier: qualifier ?? '', col1, row1, col2, row2 });
            },
          ),
    )
    .join('');
}

/** A formula with its references to rows ≥ `top` of sheet `target` moved down by `count`. */
export function shiftRows(formula: string, own: string, target: string, top: number, count: number): string {
  return rewriteReferences(formula, own, target, ({ qualifier, col1, row1, col2, row2 }) => {
    const move = (row: string) => {
      const n = Number(row);
      return String(n - 1 >= top ? n + count : n);
    };
    const first = `${qualifier}${col1}${move(row1)}`;
    return col2 && row2 ? `${first}:${col2}${move(row2)}` : first;
  });
}

/**
 * A formula after rows `top`..`top + count - 1` (0-based) of sheet `target` were deleted: later
 * references move up, ranges shrink, a reference to a deleted cell becomes #REF!.
 */
export function deleteRows(formula: string, own: string, target: string, top: number, count: number): string {
  const bottom = top + count - 1;
  return rewriteReferences(formula, own, target, ({ qualifier: q, col1, row1, col2, row2 }) => {
    const first = Number(row1) - 1;
    const last = Number(row2 ?? row1) - 1;
    if (first >= top && last <= bottom) return `${q}#REF!`;
    const move = (row: number, start: boolean) => {
      if (row > bottom) return row - count;
      if (row >= top) return start ? top : top - 1;
      return row;
    };
    const a = move(first, true) + 1;
    if (!col2) return `${q}${col1}${a}`;
    return `${q}${col1}${a}:${col2}${move(last, false) + 1}`;
  });
}

export class FakeRange extends Proxy {
  readonly format: FakeFormat;
  readonly dataValidation: Record<string, unknown>;
  readonly conditionalFormats = {
    add: () => ({ custom: { rule: { formula: '' }, format: { fill: {}, font: {} } } }),
  };
  constructor(
    ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly box: RangeBox,
    private readonly isNull = false,
  ) {
    super(ctx);
    this.format = new FakeFormat(this);
    const validations = sheet.validations;
    const address = rangeAddress(box);
    this.dataValidation = {
      set rule(_rule: unknown) {
        validations.push(address);
      },
    };
  }

  protected override exists(): boolean {
    return !this.isNull;
  }

  topLeft(): FakeCell | undefined {
    return this.sheet.cells.get(`${this.box.top},${this.box.left}`);
  }

  eachCell(fn: (cell: FakeCell) => void): void {
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      for (let c = this.box.left; c <= this.box.right; c++) {
        const key = `${r},${c}`;
        const cell = this.sheet.cells.get(key) ?? {};
        fn(cell);
        this.sheet.cells.set(key, cell);
      }
    }
  }

  private grid<T>(fn: (cell: FakeCell | undefined) => T): T[][] {
    const rows: T[][] = [];
    for (let r = this.box.top; r <= this.box.bottom; r++) {
      const row: T[] = [];
      for (let c = this.box.left; c <= this.box.right; c++) row.push(fn(this.sheet.cells.get(`${r},${c}`)));
      rows.push(row);
    }
    return rows;
  }

  protected override payloadCells(props: string[]): number {
    const grids = props.filter((p) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(p)).length;
    return grids ? (this.box.bottom - this.box.top + 1) * (this.box.right - this.box.left + 1) : 0;
  }

  protected read(prop: string): unknown {
    switch (prop) {
      case 'address':
        return `${quoteSheet(this.sheet.name)}!${rangeAddress(this.box)}`;
      case 'rowIndex':
        return this.box.top;
      case 'columnIndex':
        return this.box.left;
      case 'rowCount':
        return this.box.bottom - this.box.top + 1;
      case 'columnCount':
        return this.box.right - this.box.left + 1;
      case 'values':
        return this.grid((cell) => cell?.error ?? cell?.value ?? '');
      case 'formulas':
        return this.grid((cell) => cell?.formula ?? cell?.error ?? cell?.value ?? '');
      case 'numberFormat':
        return this.grid((cell) => cell?.numberFormat ?? 'General');
      case 'valueTypes':
        return this.grid((cell) => {
          if (cell?.error) return 'Error';
          const v = cell?.value;
          if (v === undefined || v === null || v === '') return 'Empty';
          if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Double';
          return typeof v === 'boolean' ? 'Boolean' : 'String';
        });
      default:
        throw new Error(`FakeRange: unsupported property ${prop}`);
    }
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(rows: unknown[][]) {
    this.write(rows, (cell, v) => {
      cell.value = v as FakeCell['value'];
      delete cell.formula;
    });
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(rows: unknown[][]) {
    this.write(rows, (cell, v) => {
      if (typeof v === 'string' && v.startsWith('=')) {
        cell.formula = v;
        cell.value = 0; // the fake does not calculate
      } else {
        delete cell.formula;
        cell.value = typeof v === 'string' && v.startsWith("'") ? v.slice(1) : (v as FakeCell['value']);
      }
    });
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(rows: unknown[][]) {
    this.write(rows, (cell, v) => (cell.numberFormat = String(v)));
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  private write(rows: unknown[][], apply: (cell: FakeCell, value: unknown) => void): void {
    const height = this.box.bottom - this.box.top + 1;
    const width = this.box.right - this.box.left + 1;
    if (rows.length !== height || rows.some((row) => row.length !== width)) {
      this.ctx.fail(officeError('InvalidArgument', 'array size does not match the range'));
      return;
    }
    this.ctx.writes += height * width;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${this.box.top + r},${this.box.left + c}`;
        const cell = this.sheet.cells.get(key) ?? {};
        apply(cell, value);
        if (cell.value === '' && !cell.formula) delete cell.value;
        this.sheet.cells.set(key, cell);
      }),
    );
  }

  set hyperlink(link: unknown) {
    this.sheet.hyperlinks.set(rangeAddress(this.box), link);
  }

  getMergedAreasOrNullObject(): FakeMergedAreas {
    return new FakeMergedAreas(this.ctx, this.sheet);
  }

  getCellProperties(): { value: unknown } {
    const result: { value: unknown } = { value: undefined };
    this.ctx.enqueueCallback(() => {
      result.value = this.grid((cell) => ({
        format: { font: { bold: cell?.bold ?? false }, indentLevel: cell?.indent ?? 0 },
      }));
    });
    return result;
  }

  merge(): void {
    this.sheet.merges.push(rangeAddress(this.box));
  }

  /**
   * Inserts whole rows as Excel does: cells below move down, every reference to them (formulas
   * of all sheets, defined names, merges) moves too, a range that spans the insertion grows,
   * and the new rows take the formats of the row above. Only whole rows, shifted down.
   */
  insert(shift: string): FakeRange {
    const { top, bottom, left, right } = this.box;
    if (shift !== 'Down' || left !== 0 || right < 16383) throw new Error('FakeRange.insert: only whole rows, Down');
    if (this.sheet.protected) {
      this.ctx.fail(officeError('AccessDenied', 'the sheet is protected'));
      return this;
    }
    const count = bottom - top + 1;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.sheet.cells) {
      const [row, col] = key.split(',').map(Number);
      moved.set(row >= top ? `${row + count},${col}` : key, cell);
    }
    for (const [key, cell] of [...moved]) {
      const [row, col] = key.split(',').map(Number);
      if (row === top - 1) {
        for (let r = top; r <= bottom; r++) {
          const format: FakeCell = {};
          if (cell.numberFormat) format.numberFormat = cell.numberFormat;
          if (cell.fill) format.fill = cell.fill;
          if (cell.bold) format.bold = cell.bold;
          moved.set(`${r},${col}`, format);
        }
      }
    }
    this.sheet.cells = moved;
    const model = this.ctx.model;
    for (const sheet of model.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) cell.formula = shiftRows(cell.formula, sheet.name, this.sheet.name, top, count);
      }
    }
    for (const name of model.names) name.formula = shiftRows(name.formula, '', this.sheet.name, top, count);
    this.sheet.merges = this.sheet.merges.map((m) => {
      const box = parseRange(m)!;
      return rangeAddress({
        ...box,
        top: box.top >= top ? box.top + count : box.top,
        bottom: box.bottom >= top ? box.bottom + count : box.bottom,
      });
    });
    return this;
  }

  /** Deletes whole rows as Excel does (cells below move up; see deleteRows for references). */
  delete(shift: string): void {
    const { top, bottom, left, right } = this.box;
    if (shift !== 'Up' || left !== 0 || right < 16383) throw new Error('FakeRange.delete: only whole rows, Up');
    if (this.sheet.protected) {
      this.ctx.fail(officeError('AccessDenied', 'the sheet is protected'));
      return;
    }
    const count = bottom - top + 1;
    const moved = new Map<string, FakeCell>();
    for (const [key, cell] of this.sheet.cells) {
      const [row, col] = key.split(',').map(Number);
      if (row < top) moved.set(key, cell);
      else if (row > bottom) moved.set(`${row - count},${col}`, cell);
    }
    this.sheet.cells = moved;
    const model = this.ctx.model;
    for (const sheet of model.sheets) {
      for (const cell of sheet.cells.values()) {
        if (cell.formula) cell.formula = deleteRows(cell.formula, sheet.name, this.sheet.name, top, count);
      }
    }
    for (const name of model.names) name.formula = deleteRows(name.formula, '', this.sheet.name, top, count);
    this.sheet.merges = this.sheet.merges.flatMap((m) => {
      const box = parseRange(m)!;
      if (box.top >= top && box.bottom <= bottom) return [];
      const shift = (row: number) => (row > bottom ? row - count : row);
      return [rangeAddress({ ...box, top: shift(box.top), bottom: shift(box.bottom) })];
    });
  }

  /**
   * Copies formats (number format, fill, bold) from a range of the same size; "All" also copies
   * values and formulas (formulas as they are: the adapter rewrites what it copies).
   */
  copyFrom(source: FakeRange, copyType: string): void {
    if (copyType !== 'Formats' && copyType !== 'All') throw new Error('FakeRange.copyFrom: Formats or All');
    for (let r = 0; r <= this.box.bottom - this.box.top; r++) {
      for (let c = 0; c <= this.box.right - this.box.left; c++) {
        const from = source.sheet.cells.get(`${source.box.top + r},${source.box.left + c}`) ?? {};
        const key = `${this.box.top + r},${this.box.left + c}`;
        const cell = this.sheet.cells.get(key) ?? {};
        if (from.numberFormat) cell.numberFormat = from.numberFormat;
        else delete cell.numberFormat;
        if (from.fill) cell.fill = from.fill;
        else delete cell.fill;
        if (from.bold) cell.bold = from.bold;
        else delete cell.bold;
        if (copyType === 'All') {
          cell.value = from.value;
          if (from.formula === undefined) delete cell.formula;
          else cell.formula = from.formula;
        }
        this.sheet.cells.set(key, cell);
      }
    }
  }

  select(): void {
    this.ctx.workbook.selection = `${this.sheet.name}!${rangeAddress(this.box)}`;
  }
}

class FakeMergedAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.sheet.merges.length > 0;
  }
  protected read(): unknown {
    return this.sheet.merges.map((m) => `${quoteSheet(this.sheet.name)}!${m}`).join(', ');
  }
  get address(): string {
    return this.get('address');
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeSheet | undefined,
    private readonly cell: string,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.sheet?.notes.has(this.cell) ?? false;
  }
  protected read(): unknown {
    return this.sheet!.notes.get(this.cell);
  }
  get content(): string {
    return this.get('content');
  }
  delete(): void {
    if (this.ctx.allowWrite()) this.sheet?.notes.delete(this.cell);
  }
}

export class FakeWorksheet extends Proxy {
  readonly protection: {
    protected: boolean;
    load: () => void;
    loadNow: () => void;
    protect: (options?: Record<string, boolean>) => void;
    unprotect: () => void;
  };
  readonly notes: { getItemOrNullObject: (cell: string) => FakeNote; add: (range: FakeRange, content: string) => void };
  readonly freezePanes: Record<string, (arg: unknown) => void>;
  readonly onChanged = { add: () => ({ remove() {} }) };
  /** ExcelApi 1.9 page layout: every setting lands in FakeSheet.pageLayout. */
  get pageLayout(): Record<string, unknown> {
    const sheet = this.sheetOrThrow();
    const store = (sheet.pageLayout ??= {});
    const headers = (store.headersFooters ??= {}) as Record<string, unknown>;
    return new globalThis.Proxy(store, {
      get: (target: Record<string, unknown>, prop: string) => {
        if (prop === 'setPrintTitleRows') return (rows: string) => (target.printTitleRows = rows);
        if (prop === 'setPrintTitleColumns') return (cols: string) => (target.printTitleColumns = cols);
        if (prop === 'headersFooters') return { defaultForAllPages: headers };
        return target[prop];
      },
    });
  }
  get horizontalPageBreaks(): { add: (cell: string) => void } {
    const store = (this.sheetOrThrow().pageLayout ??= {});
    return { add: (cell) => (store.rowBreaks = [...((store.rowBreaks as string[]) ?? []), cell]) };
  }
  get verticalPageBreaks(): { add: (cell: string) => void } {
    const store = (this.sheetOrThrow().pageLayout ??= {});
    return { add: (cell) => (store.colBreaks = [...((store.colBreaks as string[]) ?? []), cell]) };
  }
  constructor(
    ctx: FakeContext,
    private readonly lookup: () => FakeSheet | undefined,
  ) {
    super(ctx);
    let loadedProtection: boolean | undefined;
    this.protection = {
      get protected(): boolean {
        if (loadedProtection === undefined) throw new NotLoadedError('protection.protected');
        return loadedProtection;
      },
      load: () => this.ctx.enqueueCallback(() => (loadedProtection = this.lookup()?.protected ?? false)),
      loadNow: () => (loadedProtection = this.lookup()?.protected ?? false),
      protect: (options) => {
        const sheet = this.lookup();
        if (!sheet) return;
        if (sheet.protected) this.ctx.fail(officeError('InvalidOperation', 'the sheet is already protected'));
        sheet.protected = true;
        sheet.protectionOptions = options ?? {};
      },
      unprotect: () => {
        const sheet = this.lookup();
        if (sheet) sheet.protected = false;
      },
    };
    this.notes = {
      getItemOrNullObject: (cell) => new FakeNote(this.ctx, this.lookup(), cell.replace(/\$/g, '')),
      add: (range, content) => {
        if (this.ctx.allowWrite()) range.sheet.notes.set(rangeAddress(range.box), content);
      },
    };
    const frozen = (text: string) => {
      const sheet = this.lookup();
      if (sheet) sheet.frozen = text;
    };
    this.freezePanes = {
      freezeRows: (n) => frozen(`rows:${n}`),
      freezeColumns: (n) => frozen(`cols:${n}`),
      freezeAt: () => frozen('at'),
    };
  }
  private sheetOrThrow(): FakeSheet {
    const sheet = this.lookup();
    if (!sheet) throw officeError('ItemNotFound', 'sheet not found');
    return sheet;
  }
  protected override exists(): boolean {
    return this.lookup() !== undefined;
  }
  protected read(prop: string): unknown {
    const sheet = this.sheetOrThrow();
    return prop === 'name' ? sheet.name : prop === 'visibility' ? sheet.visibility : undefined;
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.sheetOrThrow().name = value;
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    this.sheetOrThrow().visibility = value as FakeSheet['visibility'];
  }
  set tabColor(value: string) {
    this.sheetOrThrow().tabColor = value;
  }
  getRange(address: string): FakeRange {
    const sheet = this.lookup();
    if (!sheet) {
      this.ctx.fail(officeError('ItemNotFound', 'sheet not found'));
      return new FakeRange(this.ctx, newSheet('missing'), { top: 0, left: 0, bottom: 0, right: 0 });
    }
    return new FakeRange(this.ctx, sheet, boxOf(address));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.sheetOrThrow(), {
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    });
  }
  getUsedRangeOrNullObject(): FakeRange {
    const sheet = this.sheetOrThrow();
    let box: RangeBox | undefined;
    for (const [key, cell] of sheet.cells) {
      if (cell.value === undefined && cell.formula === undefined && cell.error === undefined) continue;
      if (cell.value === null || cell.value === '') continue;
      const [row, col] = key.split(',').map(Number);
      box = box
        ? {
            top: Math.min(box.top, row),
            left: Math.min(box.left, col),
            bottom: Math.max(box.bottom, row),
            right: Math.max(box.right, col),
          }
        : { top: row, left: col, bottom: row, right: col };
    }
    return new FakeRange(this.ctx, sheet, box ?? { top: 0, left: 0, bottom: 0, right: 0 }, !box);
  }
  activate(): void {
    const sheet = this.lookup();
    if (!sheet) this.ctx.fail(officeError('ItemNotFound', 'sheet not found'));
    else this.ctx.workbook.activeSheet = sheet.name;
  }
  delete(): void {
    const sheet = this.sheetOrThrow();
    this.ctx.workbook.sheets.splice(this.ctx.workbook.sheets.indexOf(sheet), 1);
  }
}

class FakeCollection<T> extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly list: () => T[],
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.list();
  }
  override load(props?: string | string[]): this {
    return super.load(['items', ...(props === undefined ? [] : Array.isArray(props) ? props : [props])]);
  }
  get items(): T[] {
    return this.get('items');
  }
}

export class FakeContext {
  syncCount = 0;
  /** Cells written through 2-D arrays (values/formulas/numberFormat). */
  writes = 0;
  suspendCalls = 0;
  /** Most cells a single sync may load before failing like Excel on the web (undefined: no limit). */
  payloadCellLimit: number | undefined;
  readonly workbook: Record<string, unknown> & { sheets: FakeSheet[]; selection?: string; activeSheet?: string };
  /** Calls of application.calculate(): the type, and how many syncs had run before it. */
  readonly calculations: { type: string; afterSyncs: number }[] = [];
  readonly application = {
    suspendApiCalculationUntilNextSync: () => void this.suspendCalls++,
    calculate: (type: string) => void this.calculations.push({ type, afterSyncs: this.syncCount }),
  };
  /** Writes the current batch may still apply (undefined: no limit); see failWritesAfter. */
  private writeBudget: number | undefined;
  private batchBroken = false;
  private queue = new Set<Proxy>();
  private fills: [FakeFill, string[]][] = [];
  private callbacks: (() => void)[] = [];
  private failure: Error | undefined;

  constructor(readonly model: FakeWorkbookModel) {
    const sheetProxy = (sheet: FakeSheet) => {
      const ws = new FakeWorksheet(this, () => (model.sheets.includes(sheet) ? sheet : undefined));
      ws.protection.loadNow();
      return ws.loadNow(['name', 'visibility']);
    };
    const byName = (name: string) => () => model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const worksheets = new FakeCollection<FakeWorksheet>(this, () => model.sheets.map(sheetProxy));
    const names = new FakeCollection(this, () =>
      model.names.map((n) => ({
        name: n.name,
        type: 'Range',
        formula: n.formula,
        delete: () => model.names.splice(model.names.indexOf(n), 1),
      })),
    );
    const custom = Object.assign(
      new FakeCollection(this, () => [...model.properties.custom].map(([key, value]) => ({ key, value }))),
      { add: (key: string, value: string) => model.properties.custom.set(key, value) },
    );
    const properties = {
      custom,
      load: () => undefined,
      get title() {
        return model.properties.title;
      },
      set title(value: string) {
        model.properties.title = value;
      },
      get subject() {
        return model.properties.subject;
      },
      set subject(value: string) {
        model.properties.subject = value;
      },
      get author() {
        return model.properties.author;
      },
    };
    this.workbook = {
      get sheets() {
        return model.sheets;
      },
      get selection() {
        return model.selection;
      },
      set selection(value) {
        model.selection = value;
      },
      get activeSheet() {
        return model.activeSheet;
      },
      set activeSheet(value) {
        model.activeSheet = value;
      },
      worksheets: Object.assign(worksheets, {
        getItem: (name: string) => new FakeWorksheet(this, byName(name)),
        getItemOrNullObject: (name: string) => new FakeWorksheet(this, byName(name)),
        add: (name: string) => {
          if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
            this.fail(officeError('ItemAlreadyExists', `sheet ${name} exists`));
          }
          const sheet = newSheet(name);
          model.sheets.push(sheet);
          return new FakeWorksheet(this, () => (model.sheets.includes(sheet) ? sheet : undefined));
        },
      }),
      names: Object.assign(names, {
        add: (name: string, range: FakeRange) =>
          model.names.push({ name, formula: `=${quoteSheet(range.sheet.name)}!${rangeAddress(range.box)}` }),
      }),
      properties,
      getSelectedRange: () => {
        const selection = model.selection ?? `${model.sheets[0]?.name}!A1`;
        const bang = selection.lastIndexOf('!');
        const name = selection.slice(0, bang).replace(/^'|'$/g, '');
        const sheet = model.sheets.find((s) => s.name === name) ?? model.sheets[0];
        return new FakeRange(this, sheet, boxOf(selection.slice(bang + 1)));
      },
      customXmlParts: {
        add: (xml: string) => {
          if (!this.allowWrite()) return;
          const namespace = /xmlns="([^"]+)"/.exec(xml)?.[1] ?? '';
          model.customXml.push({ id: `part${model.customXml.length + 1}`, namespace, xml });
        },
        getByNamespace: (namespace: string) => ({
          getOnlyItemOrNullObject: () =>
            new FakeXmlPart(this, () => model.customXml.find((p) => p.namespace === namespace)),
        }),
      },
      comments: Object.assign(new FakeCollection(this, () => model.comments.map((c) => new FakeComment(this, c))), {
        add: (range: FakeRange, content: string) => {
          const cell = rangeAddress(range.box).split(':')[0];
          if (model.comments.some((c) => c.sheet === range.sheet.name && c.cell === cell)) {
            // Excel refuses a second comment thread on a cell.
            this.fail(officeError('InvalidOperation', 'the cell already has a comment'));
            this.batchBroken = true;
            return;
          }
          if (!this.allowWrite()) return;
          model.comments.push({ id: `c${model.comments.length + 1}`, sheet: range.sheet.name, cell, content });
        },
      }),
    };
  }

  /** The (n+1)th write fails its batch: earlier writes stay, later ones in the batch are dropped. */
  failWritesAfter(n: number | undefined): void {
    this.writeBudget = n;
  }

  /** Whether a write may apply now (false once the batch has failed). */
  allowWrite(): boolean {
    if (this.batchBroken) return false;
    if (this.writeBudget === undefined) return true;
    if (this.writeBudget <= 0) {
      // One failure: the next batches (an undo, a retry) write normally.
      this.writeBudget = undefined;
      this.batchBroken = true;
      this.fail(officeError('GeneralException', 'injected failure part-way through the batch'));
      return false;
    }
    this.writeBudget--;
    return true;
  }

  enqueue(proxy: Proxy): void {
    this.queue.add(proxy);
  }
  enqueueFill(fill: FakeFill, props: string[]): void {
    this.fills.push([fill, props]);
  }
  enqueueCallback(fn: () => void): void {
    this.callbacks.push(fn);
  }
  /** Makes the next sync fail, as Office.js reports errors of queued commands at sync time. */
  fail(error: Error): void {
    this.failure ??= error;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const failure = this.failure;
    this.failure = undefined;
    const queue = [...this.queue];
    this.queue.clear();
    const fills = this.fills;
    this.fills = [];
    const callbacks = this.callbacks;
    this.callbacks = [];
    this.batchBroken = false;
    if (failure) throw failure;
    let cells = 0;
    for (const proxy of queue) cells += proxy.resolve();
    if (this.payloadCellLimit !== undefined && cells > this.payloadCellLimit) {
      throw officeError('ResponsePayloadSizeLimitExceeded', `${cells} cells in one response`);
    }
    for (const [fill, props] of fills) fill.resolveFill(props);
    for (const callback of callbacks) callback();
  }

  /** The fake as the adapter's parameter type: the one cast the tests need. */
  asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }
}

class FakeXmlPart extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly lookup: () => { id: string; xml: string } | undefined,
  ) {
    super(ctx);
  }
  protected override exists(): boolean {
    return this.lookup() !== undefined;
  }
  protected read(): unknown {
    return this.lookup()?.id;
  }
  getXml(): { value: string } {
    const result = { value: '' };
    this.ctx.enqueueCallback(() => (result.value = this.lookup()?.xml ?? ''));
    return result;
  }
  delete(): void {
    const part = this.lookup();
    if (part) this.ctx.model.customXml.splice(this.ctx.model.customXml.indexOf(part as never), 1);
  }
}

/** A comment thread; its location's address is written as Excel writes it ('Indicador''s'!D3). */
class FakeComment {
  constructor(
    private readonly ctx: FakeContext,
    private readonly comment: FakeWorkbookModel['comments'][number],
  ) {}
  get content(): string {
    return this.comment.content;
  }
  getLocation(): { address: string; load: (props: string) => void } {
    const location: { address: string; load: (props: string) => void } = { address: '', load: () => undefined };
    const address = `${quoteSheet(this.comment.sheet)}!${this.comment.cell}`;
    location.load = () => this.ctx.enqueueCallback(() => (location.address = address));
    return location;
  }
  delete(): void {
    if (!this.ctx.allowWrite()) return;
    const list = this.ctx.model.comments;
    if (list.includes(this.comment)) list.splice(list.indexOf(this.comment), 1);
  }
}

/** A cell of a fake sheet by A1 address. */
export function cellAt(sheet: FakeSheet, ref: string): FakeCell | undefined {
  const pos = parseCell(ref)!;
  return sheet.cells.get(`${pos.row},${pos.col}`);
}

export { cellAddress };
