/**
 * Certain fixes, pure: gather the `fix` of each finding into cell edits, drop what is not safe
 * (two different edits on one cell, a user's formula turned into a value, a range that is not
 * one cell), and apply the edits to a snapshot, saying what each cell held before and after.
 * The .xlsx patcher (src/xlsx/patch) and the task pane write the same edits.
 */
import { cellAddress, parseCell, parseRange, rangeAddress } from './address';
import type { Finding, FindingFix } from './finding';
import type { Cell, CellValue, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** A finding's `fix` per CONTRACT.md: one edit, or several as `{ edits: [...] }`. */
export type FixSpec = FindingFix | { edits: FindingFix[] };

/** One cell to write: a formula (with its "=") or a value. */
export interface CellEdit {
  sheet: string;
  /** A1 address of one cell, no $. */
  cell: string;
  formula?: string;
  value?: string | number | boolean | null;
  /** The rule whose finding carried the fix. */
  rule: string;
}

/** What a cell holds, as the `fix` command prints it: `{ formula: "=…" }` or `{ value }`. */
export type CellContent = { value: CellValue } | { formula: string };

export interface CellChange {
  sheet: string;
  cell: string;
  before: CellContent;
  after: CellContent;
  rule: string;
}

/** A fix left out, with a one-line Spanish reason. */
export interface SkippedFix {
  sheet: string;
  cell: string;
  rule: string;
  reason: string;
}

export interface CollectOptions {
  /** Only the fixes of these rules (all when absent or empty). */
  rules?: readonly string[];
}

export interface CollectedFixes {
  edits: CellEdit[];
  skipped: SkippedFix[];
}

/** The single edits of a fix, whichever form it takes. */
export function fixEdits(fix: FixSpec | undefined): FindingFix[] {
  if (!fix) return [];
  if ('edits' in fix && Array.isArray(fix.edits)) return fix.edits;
  return [fix as FindingFix];
}

function sameEdit(a: CellEdit, b: CellEdit): boolean {
  return a.formula === b.formula && (a.formula !== undefined || a.value === b.value);
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell}`;
}

/** The cells holding a formula in each sheet, built on first use. */
function formulaIndex(snapshot: WorkbookSnapshot): (sheet: string, row: number, col: number) => boolean {
  const bySheet = new Map<string, Set<number>>();
  return (sheet, row, col) => {
    let set = bySheet.get(sheet);
    if (!set) {
      const cells = snapshot.sheets.find((s) => s.name === sheet)?.cells ?? [];
      set = new Set(cells.filter((c) => c.formula !== undefined).map((c) => key(c.row, c.col)));
      bySheet.set(sheet, set);
    }
    return set.has(key(row, col));
  };
}

/** What a snapshot cell holds, in the `fix` command's terms. */
export function cellContent(cell: Cell | undefined): CellContent {
  if (!cell) return { value: null };
  if (cell.formula !== undefined) return { formula: `=${cell.formula}` };
  return { value: cell.value };
}

function editContent(edit: CellEdit): CellContent {
  if (edit.formula !== undefined) return { formula: edit.formula.startsWith('=') ? edit.formula : `=${edit.formula}` };
  return { value: edit.value ?? null };
}

/**
 * The certain fixes of `findings` as cell edits. Suggestions are never taken. An edit is left
 * out (and listed in `skipped`) when its range is not one cell, its sheet is unknown, it would
 * write a value over a formula, or another fix writes something different in the same cell
 * (then both are left out: neither is certain any more). A whole multi-edit fix is left out
 * when any of its edits is.
 */
export function collectFixes(
  findings: readonly Finding[],
  snapshot: WorkbookSnapshot,
  options: CollectOptions = {},
): CollectedFixes {
  const wanted = options.rules && options.rules.length > 0 ? new Set(options.rules) : undefined;
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const hasFormula = formulaIndex(snapshot);
  const skipped: SkippedFix[] = [];
  const groups: CellEdit[][] = [];

  for (const finding of findings) {
    if (wanted && !wanted.has(finding.rule)) continue;
    const parts = fixEdits(finding.fix as FixSpec | undefined);
    if (parts.length === 0) continue;
    const group: CellEdit[] = [];
    let rejected: string | undefined;
    for (const part of parts) {
      const sheetName = part.sheet ?? finding.sheet;
      const pos = parseCell(part.range) ?? single(part.range);
      const cell = pos ? cellAddress(pos.row, pos.col) : part.range;
      const edit: CellEdit = { sheet: sheetName, cell, rule: finding.rule };
      if (part.formula !== undefined) edit.formula = part.formula.startsWith('=') ? part.formula : `=${part.formula}`;
      else edit.value = part.value ?? null;
      group.push(edit);
      if (rejected) continue;
      const sheet = sheets.get(sheetName);
      if (!pos) rejected = `el rango ${part.range} no es una sola celda`;
      else if (!sheet) rejected = `no existe la hoja «${sheetName}»`;
      else if (edit.formula === undefined && hasFormula(sheetName, pos.row, pos.col)) {
        rejected = 'la celda contiene una fórmula del usuario: no se reemplaza por un valor';
      }
    }
    if (rejected) {
      for (const edit of group) skipped.push({ sheet: edit.sheet, cell: edit.cell, rule: edit.rule, reason: rejected });
      continue;
    }
    groups.push(group);
  }

  // Conflicts: a cell two groups write differently drops both groups; the same edit twice is one.
  const byCell = new Map<string, CellEdit[]>();
  for (const group of groups) {
    for (const edit of group) {
      const key = cellKey(edit.sheet, edit.cell);
      const list = byCell.get(key) ?? [];
      list.push(edit);
      byCell.set(key, list);
    }
  }
  const conflicting = new Set<string>();
  for (const [key, list] of byCell) if (list.some((e) => !sameEdit(e, list[0]))) conflicting.add(key);

  const edits: CellEdit[] = [];
  const taken = new Set<string>();
  for (const group of groups) {
    const clash = group.find((e) => conflicting.has(cellKey(e.sheet, e.cell)));
    if (clash) {
      for (const edit of group) {
        skipped.push({
          sheet: edit.sheet,
          cell: edit.cell,
          rule: edit.rule,
          reason: `otra corrección escribe algo distinto en ${clash.sheet}!${clash.cell}`,
        });
      }
      continue;
    }
    for (const edit of group) {
      const key = cellKey(edit.sheet, edit.cell);
      if (taken.has(key)) continue;
      taken.add(key);
      edits.push(edit);
    }
  }
  return { edits, skipped };
}

/** "D17:D17" is one cell too. */
function single(range: string): { row: number; col: number } | undefined {
  const box = parseRange(range);
  return box && box.top === box.bottom && box.left === box.right ? { row: box.top, col: box.left } : undefined;
}

function compareCells(a: Cell, b: Cell): number {
  return a.row - b.row || a.col - b.col;
}

function widen(usedRange: string | null, row: number, col: number): string {
  const box = usedRange ? parseRange(usedRange) : undefined;
  if (!box) return cellAddress(row, col);
  return rangeAddress({
    top: Math.min(box.top, row),
    left: Math.min(box.left, col),
    bottom: Math.max(box.bottom, row),
    right: Math.max(box.right, col),
  });
}

/**
 * Writes `edits` into a copy of `snapshot` (the input is not modified). A written formula has no
 * cached value yet (value null) until a spreadsheet recalculates it; a cell's format is kept.
 * Returns the new snapshot and, for each edit, the cell's content before and after.
 */
export function applyEdits(
  snapshot: WorkbookSnapshot,
  edits: readonly CellEdit[],
): { snapshot: WorkbookSnapshot; changes: CellChange[] } {
  const changes: CellChange[] = [];
  const touched = new Map<string, { sheet: SheetSnapshot; cells: Map<number, Cell>; added: boolean }>();
  for (const edit of edits) {
    const pos = parseCell(edit.cell);
    const original = snapshot.sheets.find((s) => s.name === edit.sheet);
    if (!pos || !original) continue;
    let work = touched.get(edit.sheet);
    if (!work) {
      work = {
        sheet: { ...original },
        cells: new Map(original.cells.map((c) => [key(c.row, c.col), c])),
        added: false,
      };
      touched.set(edit.sheet, work);
    }
    const k = key(pos.row, pos.col);
    const old = work.cells.get(k);
    const after = editContent(edit);
    changes.push({
      sheet: edit.sheet,
      cell: cellAddress(pos.row, pos.col),
      before: cellContent(old),
      after,
      rule: edit.rule,
    });

    const next: Cell = { row: pos.row, col: pos.col, value: null };
    if (old?.numFmt !== undefined) next.numFmt = old.numFmt;
    if (old?.style !== undefined) next.style = old.style;
    if ('formula' in after) next.formula = after.formula.slice(1);
    else next.value = after.value;

    if (next.formula === undefined && next.value === null && !next.numFmt && !next.style) {
      work.cells.delete(k);
    } else {
      if (!old) work.sheet.usedRange = widen(work.sheet.usedRange, pos.row, pos.col);
      work.cells.set(k, next);
    }
  }
  const sheets = snapshot.sheets.map((s) => {
    const work = touched.get(s.name);
    if (!work) return s;
    return { ...work.sheet, cells: [...work.cells.values()].sort(compareCells) };
  });
  return { snapshot: { ...snapshot, sheets }, changes };
}

/** A unique number per cell of a sheet (16,384 columns). */
function key(row: number, col: number): number {
  return row * 16_384 + col;
}
