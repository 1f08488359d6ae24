/**
 * What the pane can ask of a workbook, whoever holds it: Excel (src/excel, through Office.js) or
 * a file opened in the browser (hosts/file-host.ts). Components receive a WorkbookHost as a prop
 * and never call Office.js themselves, so tests pass a fake.
 */
import type { CellRef, CellValue, Finding, Summary } from '../core';
import type { CellChange, CellEdit } from '../core/fixes';
import type { RecognizedMatrix } from '../rules/run';
import type { WorkbookSpec } from '../templates/spec';

export interface ValidationOutcome {
  findings: Finding[];
  summary: Summary;
  matrices: RecognizedMatrix[];
  /** The workbook's sheet names in tab order: findings are grouped in this order. */
  sheets?: string[];
  /** The certain fixes (src/core/fixes.ts) and suggestions, with what each cell holds now and would hold. */
  fixes?: FixPlan;
}

/** One cell a certain fix writes: the edit, and the cell's content before and after. */
export interface PlannedChange {
  edit: CellEdit;
  change: CellChange;
}

export interface FixPlan {
  /** Every certain edit, once per cell (what "Corregir todo lo seguro" writes). */
  changes: PlannedChange[];
  /** By the finding's index in `findings`: the indices in `changes` its fix writes (absent: no certain fix). */
  byFinding: Record<number, number[]>;
  /**
   * By the finding's index: for each of its `suggestions`, in order, the cells it writes, or
   * undefined when it cannot be applied safely (over a user's formula, not one cell, unknown sheet).
   */
  suggestions?: Record<number, (PlannedChange[] | undefined)[]>;
}

/** File mode: a corrected copy was written; the host now holds that copy. */
export interface CorrectedCopy {
  fileName: string;
  bytes: Uint8Array;
  /** Cells written. */
  cells: number;
}

/** One cell of a preview's neighbourhood. */
export interface PreviewCell {
  address: string;
  value: CellValue | undefined;
  formula?: string;
  /** "target": the finding's cell (or range); "related": a cell the finding names as involved. */
  role?: 'target' | 'related';
}

/** What a click on a finding shows when the host cannot move a real selection (file mode). */
export interface CellPreview {
  sheet: string;
  range: string;
  value: CellValue | undefined;
  formula?: string;
  /** A few rows and columns around the cell: column letters, row numbers and the cells. */
  grid?: { columns: string[]; rows: { row: number; cells: PreviewCell[] }[] };
}

export type MarkOutcome =
  | { kind: 'marked'; cells: number; reportSheet?: string }
  /** File mode: an annotated copy was produced for download. */
  | { kind: 'download'; fileName: string; bytes: Uint8Array };

export type InsertOutcome =
  | { kind: 'inserted'; sheets: string[] }
  /** Sheets with these names exist: nothing was written; ask the user, then retry with overwrite. */
  | { kind: 'conflict'; existing: string[] }
  /** File mode: a new workbook was generated for download. */
  | { kind: 'download'; fileName: string; bytes: Uint8Array };

/** A row kind the pane can add to Planifica's goals matrix (9.5). */
export type GoalsItem = 'product' | 'subproduct';

/** Where the rows went: the sheet and its A1 row numbers. */
export interface GoalsItemOutcome {
  sheet: string;
  rows: number[];
  /** A new product's PRG cell the planner must fill (the matrix has several programmes). */
  programmeCell?: string;
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** Read the workbook and run every rule. */
  validate(): Promise<ValidationOutcome>;
  /**
   * Go to a finding's cell (Excel: activate the sheet, select and scroll to it; file mode: preview
   * its neighbourhood). `related` cells are outlined in the preview when they are near.
   */
  select(ref: CellRef, related?: readonly CellRef[]): Promise<CellPreview | void>;
  /** Excel only: select the cell together with its related cells on the same sheet (on request). */
  selectWithRelated?(ref: CellRef, related: readonly CellRef[]): Promise<void>;
  /** Excel: fill and annotate the cells; file mode: build the annotated copy. */
  mark(findings: readonly Finding[]): Promise<MarkOutcome>;
  /** Excel only: restore every fill and note that mark() changed. */
  clearMarks?(): Promise<void>;
  /** Write generated sheets; never replaces an existing sheet unless `overwrite` is true. */
  insert(spec: WorkbookSpec, options: { overwrite: boolean }): Promise<InsertOutcome>;
  /**
   * Excel only: add rows to the goals matrix Planifica generated, with formulas, validation lists
   * and totals extended. A subproduct goes at the end of the product of the selected row (of the
   * last product when the selection is outside the matrix); a product, with one subproduct, goes
   * before the Total row. Throws HostError 'no-goals-matrix' when the workbook has none.
   */
  addGoalsItem?(item: GoalsItem): Promise<GoalsItemOutcome>;
  /**
   * File mode only: a copy of the workbook with these edits, written by the surgical writer (every
   * other part kept byte for byte); the host then holds the copy, so validate() checks it.
   */
  correctedCopy?(edits: readonly CellEdit[]): Promise<CorrectedCopy>;
  /** Excel only: write certain fixes in one batch, recording what they replace; returns the cells written. */
  applyFixes?(edits: readonly CellEdit[]): Promise<number>;
  /** Excel only: restore every cell the recorded fixes changed (value, formula, number format). */
  undoFixes?(): Promise<number>;
  /** Excel only: whether the workbook holds a record of fixes "Deshacer correcciones" can undo. */
  hasFixUndo?(): Promise<boolean>;
  /** Excel only: call `listener` (debounced) after the user edits one of these sheets. */
  watch?(sheets: readonly string[], listener: () => void): () => void;
}

/** A failure the user can act on, said in plain words (Spanish message, English kept aside). */
export class HostError extends Error {
  override readonly name = 'HostError';
  constructor(
    readonly code:
      | 'no-workbook'
      | 'protected-sheet'
      | 'unsupported-version'
      | 'unreadable-file'
      | 'busy'
      | 'invalid-model'
      | 'no-goals-matrix'
      | 'unknown',
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}
