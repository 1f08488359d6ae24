/**
 * Read-only indexed views over a snapshot, built once per validation and shared by all rules:
 * O(1) cell lookup, merged-area lookup, cached formula analysis and a memo for derived facts
 * (such as recognised matrices) that several rules need.
 */
import { boxContains, parseRange, type RangeBox } from './address';
import { analyzeFormula, type FormulaInfo } from './formula';
import type { Cell, DefinedName, SheetSnapshot, UnreadableSheet, WorkbookSnapshot } from './snapshot';

/** A cell that holds a formula. */
export type FormulaCell = Cell & { formula: string };
/** A cell whose value is text. */
export type TextCell = Cell & { value: string };

export class SheetView {
  readonly name: string;
  readonly index: number;
  readonly cells: readonly Cell[];
  readonly usedRange: RangeBox | null;
  readonly merges: readonly RangeBox[];
  private readonly grid: (Cell | undefined)[][] = [];
  /** Formula analyses by row and column, made on first request (a Map keyed by cell hashed every lookup). */
  private readonly analyses: (FormulaInfo | undefined)[][] = [];
  private formulaCellList: readonly FormulaCell[] | undefined;
  private textCellList: readonly TextCell[] | undefined;
  private readonly mergeByMaster = new Map<number, RangeBox>();

  constructor(snapshot: SheetSnapshot, index: number) {
    this.name = snapshot.name;
    this.index = index;
    this.cells = snapshot.cells;
    for (const cell of snapshot.cells) {
      (this.grid[cell.row] ??= [])[cell.col] = cell;
    }
    this.merges = snapshot.merges.map(parseRange).filter((box): box is RangeBox => box !== undefined);
    for (const box of this.merges) this.mergeByMaster.set(box.top * 16384 + box.left, box);
    this.usedRange = snapshot.usedRange ? (parseRange(snapshot.usedRange) ?? null) : this.computeUsedRange();
  }

  private computeUsedRange(): RangeBox | null {
    if (this.cells.length === 0) return null;
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const c of this.cells) {
      if (c.row < top) top = c.row;
      if (c.row > bottom) bottom = c.row;
      if (c.col < left) left = c.col;
      if (c.col > right) right = c.col;
    }
    return { top, left, bottom, right };
  }

  get(row: number, col: number): Cell | undefined {
    return this.grid[row]?.[col];
  }

  /** The cells of one row, sparse, indexed by column. */
  row(row: number): readonly (Cell | undefined)[] {
    return this.grid[row] ?? [];
  }

  /** Number of the last row that holds any cell, plus one. */
  get rowCount(): number {
    return this.grid.length;
  }

  /** The merged area whose top-left cell is row/col, if any. */
  mergeAt(row: number, col: number): RangeBox | undefined {
    return this.mergeByMaster.get(row * 16384 + col);
  }

  /** The merged area covering row/col, if any (slower: scans merges). */
  mergeCovering(row: number, col: number): RangeBox | undefined {
    return this.merges.find((box) => boxContains(box, row, col));
  }

  /** The cells that hold a formula, in sheet order: what most formula rules walk. */
  get formulaCells(): readonly FormulaCell[] {
    return (this.formulaCellList ??= this.cells.filter((cell): cell is FormulaCell => cell.formula !== undefined));
  }

  /** The cells whose value is text, in sheet order: what header and label searches walk. */
  get textCells(): readonly TextCell[] {
    return (this.textCellList ??= this.cells.filter((cell): cell is TextCell => typeof cell.value === 'string'));
  }

  formula(cell: Cell): FormulaInfo | undefined {
    if (cell.formula === undefined) return undefined;
    const row = (this.analyses[cell.row] ??= []);
    const cached = row[cell.col];
    // The same text is the same analysis (a cell handed in from elsewhere is analysed, not cached).
    if (cached !== undefined && (cached.text === cell.formula || `=${cached.text}` === cell.formula)) return cached;
    const info = analyzeFormula(cell.formula, cell.row, cell.col);
    if (cached === undefined) row[cell.col] = info;
    return info;
  }
}

export class WorkbookView {
  readonly sheets: readonly SheetView[];
  readonly properties: Readonly<Record<string, string>>;
  readonly definedNames: readonly DefinedName[];
  readonly unreadableSheets: readonly UnreadableSheet[];
  private readonly byName = new Map<string, SheetView>();
  private readonly memos = new Map<string, unknown>();

  constructor(snapshot: WorkbookSnapshot) {
    this.sheets = snapshot.sheets.map((s, i) => new SheetView(s, i));
    this.properties = snapshot.properties ?? {};
    this.definedNames = snapshot.definedNames ?? [];
    this.unreadableSheets = snapshot.unreadableSheets ?? [];
    for (const sheet of this.sheets) this.byName.set(sheet.name.toLowerCase(), sheet);
  }

  /** Sheet names are case-insensitive in Excel. */
  sheet(name: string): SheetView | undefined {
    return this.byName.get(name.toLowerCase());
  }

  get cellCount(): number {
    return this.sheets.reduce((n, s) => n + s.cells.length, 0);
  }

  /** Computes a derived fact once per validation, whichever rule asks first. */
  memo<T>(key: string, compute: (workbook: WorkbookView) => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute(this);
    this.memos.set(key, value);
    return value;
  }
}
