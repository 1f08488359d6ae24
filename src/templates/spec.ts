/**
 * Sheet specs: a generated workbook described as plain data, independent of the renderer.
 * Two renderers read it: ExcelJS (src/xlsx/write.ts, a file) and Office.js (src/excel/, a live
 * workbook). Builders (src/templates/build*.ts) produce it from a POM model.
 *
 * Addressing convention (the whole spec, no exceptions): **A1 notation, 1-based as Excel shows
 * it**. A cell is "B4", a range "B4:D9" (no sheet prefix, no `$`), a row is its A1 number
 * (row 1 is the first), a column is its letter ("A"). Renderers make defined-name references
 * absolute themselves.
 *
 * Compatibility: this file is a contract with the Office.js renderer. Change it additively only
 * (new optional fields, new union members with a default the renderers can ignore).
 */
import type { MatrixType } from '../domain/matrix';

/** A constant cell value. A string is ALWAYS text, even if it starts with "=", "+", "-" or "@". */
export type SpecValue = string | number | boolean | null;

export type HorizontalAlign = 'left' | 'center' | 'right';
export type VerticalAlign = 'top' | 'middle' | 'bottom';

/** A named cell style (see WorkbookSpec.styles). Colours are 6-digit RGB hex without "#". */
export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Points; renderer default (11) when absent. */
  fontSize?: number;
  fontColor?: string;
  /** Solid fill colour. */
  fill?: string;
  horizontal?: HorizontalAlign;
  vertical?: VerticalAlign;
  wrap?: boolean;
  /** Indent level (each level ≈ 3 characters). */
  indent?: number;
  /** Thin border on all four sides. */
  border?: boolean;
  /** Excel number format code, e.g. '"Q"#,##0.00'; "General" when absent. */
  numFmt?: string;
  /**
   * Cell protection when the sheet is protected. Excel's default is locked, so input styles
   * set `locked: false`; formula and label styles leave it out.
   */
  locked?: boolean;
}

/** One cell. Exactly one of `value` and `formula` is set. */
export interface CellSpec {
  /** A1 address, e.g. "D5". */
  ref: string;
  /** A constant. Strings are written as text (Office.js: set numberFormat "@" or a leading "'"). */
  value?: SpecValue;
  /**
   * A formula WITHOUT the leading "=", English function names and comma separators, exactly as
   * Excel's `formula` property stores it (e.g. "SUM(D5:D9)", "'Metas multianuales'!D5").
   */
  formula?: string;
  /** The formula's result when the builder can compute it (renderers may cache it). */
  result?: number | string;
  /** Key of WorkbookSpec.styles. */
  style?: string;
  /** A link to another sheet of the workbook (its name): the cell opens that sheet's A1. */
  link?: string;
}

export interface ColumnSpec {
  /** Column letter, "A". */
  col: string;
  /** Width in characters (Excel's column width unit). */
  width: number;
  /** What the column holds, for renderers that set column-wide formats and for readers. */
  type?: 'text' | 'number' | 'money' | 'percent' | 'code' | 'year' | 'flag';
}

export interface RowSpec {
  /** A1 row number (1-based). */
  row: number;
  /** Height in points. */
  height: number;
}

interface ValidationBase {
  /** A1 range the rule applies to. */
  range: string;
  allowBlank?: boolean;
  /** Shown when the cell is selected. */
  prompt?: { title: string; text: string };
  /** Shown when a wrong value is typed. */
  error?: { title: string; text: string };
  /** "stop" refuses the value (default); "warning" lets the user keep it. */
  errorStyle?: 'stop' | 'warning';
}

/** A drop-down list. `values` inline (short lists), or `source`: a defined name of the list. */
export interface ListValidationSpec extends ValidationBase {
  type: 'list';
  values?: readonly string[];
  /** Name of a workbook-level defined name that covers the list (e.g. "LISTA_UNIDADES"). */
  source?: string;
}

export interface NumberValidationSpec extends ValidationBase {
  type: 'decimal' | 'whole';
  min?: number;
  max?: number;
}

export type ValidationSpec = ListValidationSpec | NumberValidationSpec;

/**
 * A conditional format: `style` applies where `formula` (written for the range's top-left cell,
 * relative references move with the cell, no leading "=") is true.
 */
export interface ConditionalFormatSpec {
  range: string;
  formula: string;
  style: string;
}

/**
 * A page header or footer, in three parts. Excel's codes work in each part: "&P" page number,
 * "&N" number of pages, "&D" date, "&A" sheet name; a line break is "\n".
 */
export interface HeaderFooterSpec {
  left?: string;
  center?: string;
  right?: string;
}

export interface PrintSpec {
  orientation: 'portrait' | 'landscape';
  /** Fit all columns on one page width (height unlimited). */
  fitToWidth: boolean;
  /** Rows repeated at the top of each printed page, e.g. "5:6". */
  titleRows?: string;
  paperSize?: 'letter' | 'legal';
  /** Columns repeated at the left of each printed page, e.g. "A:C". */
  titleColumns?: string;
  /** Zoom in percent when `fitToWidth` is false (100 when absent). */
  scale?: number;
  /** A1 rows after which a page ends (manual page breaks). */
  rowBreaks?: number[];
  /** Column letters after which a page ends. */
  colBreaks?: string[];
  header?: HeaderFooterSpec;
  footer?: HeaderFooterSpec;
  /** Page margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

export interface SheetSpec {
  /** Worksheet name (≤ 31 characters, no []:*?/\). */
  name: string;
  /** Hidden sheets hold catalogue lists for drop-downs. */
  hidden?: boolean;
  tabColor?: string;
  cells: CellSpec[];
  /** Merged areas, A1 ranges. */
  merges: string[];
  columns: ColumnSpec[];
  rows?: RowSpec[];
  /** Frozen panes: number of rows frozen at the top and columns at the left. */
  freeze?: { rows: number; cols: number };
  validations: ValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  print?: PrintSpec;
  /**
   * Protect the sheet (no password): locked cells (formulas, labels) cannot be edited; rows can
   * still be inserted and deleted (to add or remove a product or subproduct).
   */
  protect?: boolean;
}

/** Keys of the defined names `PLANIFICA_<KEY>_<n>` that mark each generated matrix. */
export const MATRIX_NAME_KEYS = {
  budget: 'BUDGET',
  'indicator-sheet': 'FICHA',
  'indicator-matrix': 'INDICATORS',
  results: 'RESULTS',
  programmatic: 'PROGRAMMATIC',
  coverage: 'COVERAGE',
  goals: 'GOALS',
  pgg: 'PGG',
  policy: 'POLICY',
} as const satisfies Record<MatrixType, string>;

export type MatrixNameKey = (typeof MATRIX_NAME_KEYS)[MatrixType];

/** "PLANIFICA_GOALS_1": the n-th (1-based) generated matrix of a type. */
export function matrixDefinedName(type: MatrixType, n: number): string {
  return `PLANIFICA_${MATRIX_NAME_KEYS[type]}_${n}`;
}

const MATRIX_NAME_RE = /^PLANIFICA_([A-Z]+)_(\d+)$/;

/** The matrix type and index a `PLANIFICA_<KEY>_<n>` name marks, or undefined. */
export function parseMatrixDefinedName(name: string): { type: MatrixType; n: number } | undefined {
  const m = MATRIX_NAME_RE.exec(name.toUpperCase());
  if (!m) return undefined;
  const entry = (Object.entries(MATRIX_NAME_KEYS) as [MatrixType, string][]).find(([, key]) => key === m[1]);
  return entry ? { type: entry[0], n: Number(m[2]) } : undefined;
}

export interface DefinedNameSpec {
  name: string;
  sheet: string;
  /** A1 range on `sheet`, without "$" (renderers write it absolute). */
  range: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  styles: Record<string, StyleSpec>;
  /** Workbook-level names: PLANIFICA_<KEY>_<n> matrix areas and LISTA_* drop-down sources. */
  definedNames: DefinedNameSpec[];
  /**
   * Document properties: title, subject, creator, company, and custom ones (generator,
   * templateVersion, institutionCode, institutionName, plan, years).
   */
  properties: Record<string, string>;
  /** The font of every cell (one family throughout); renderers default to Arial 10. */
  font?: { name: string; size: number };
}
