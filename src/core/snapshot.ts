/**
 * The workbook snapshot: everything a rule may look at. Adapters (ExcelJS, Office.js) build it;
 * rules never see anything else. Plain data so it can cross a worker or JSON boundary (its zod
 * schema is in snapshot-schema.ts).
 */
export const ERROR_CODES = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error shown by a cell, e.g. { error: '#REF!' }. */
export interface ErrorValue {
  error: string;
}

/** What a cell shows: a number, text, a boolean, an error, or nothing. Dates are serial numbers. */
export type CellValue = number | string | boolean | ErrorValue | null;

export interface CellStyle {
  bold?: boolean;
  /** Indent level as set in the cell's alignment. */
  indent?: number;
  /** Fill colour as 6-digit RGB hex, when the cell has a solid fill. */
  fill?: string;
}

export interface Cell {
  row: number;
  col: number;
  /** The displayed (cached) value. For formulas, the last calculated result, or null if unknown. */
  value: CellValue;
  /** The formula without its leading "=", when the cell holds one. */
  formula?: string;
  /** True when the formula is one cell of an array (CSE or dynamic) formula. */
  array?: boolean;
  /** Excel number format code, when it is not "General". */
  numFmt?: string;
  style?: CellStyle;
}

export interface SheetSnapshot {
  name: string;
  /** The cells that hold a value or a formula, row-major order. */
  cells: Cell[];
  /** Merged areas as A1 ranges ("A1:C2"). */
  merges: string[];
  /** The used range as an A1 range, or null for an empty sheet. */
  usedRange: string | null;
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** Workbook-level facts, e.g. the generator that wrote it (Planifica marks its own files). */
  properties?: Record<string, string>;
  /** Workbook-scoped defined names, e.g. { name: 'PLANIFICA_GOALS_1', ref: "'Metas'!$A$1:$M$30" }. */
  definedNames?: DefinedName[];
  /**
   * Sheets the workbook lists but whose content could not be read (a missing part, XML cut short
   * or malformed): the file readers report them here instead of dropping them in silence.
   */
  unreadableSheets?: UnreadableSheet[];
}

export interface UnreadableSheet {
  name: string;
  /** Why, one line in Spanish ("falta la parte xl/worksheets/sheet2.xml"). */
  reason: string;
}

export interface DefinedName {
  name: string;
  /** What it refers to, as written in the workbook ("'Hoja 1'!$A$1:$C$9"). */
  ref: string;
}

export function isErrorValue(value: CellValue | undefined): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}
