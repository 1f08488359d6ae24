/**
 * Builds real .xlsx files in tests, with ExcelJS: a workbook from readable tables, with formulas
 * and their cached results, shared and array formulas, merges, rich text, dates, styles, hidden
 * sheets, defined names and properties. Returns the bytes (nothing touches the disk).
 */
import ExcelJS from 'exceljs';

export type XlsxCellSpec =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { formula: string; result?: string | number | boolean | { error: string } }
  | { sharedFormula: string; result?: number }
  | { arrayFormula: string; ref: string; result?: number }
  | { richText: string[] }
  | { text: string; hyperlink: string }
  | { error: string }
  | { value: XlsxCellSpec; numFmt?: string; bold?: boolean; indent?: number; fill?: string };

export interface XlsxSheetSpec {
  name: string;
  /** Rows from A1 down, cells from column A across. */
  rows: XlsxCellSpec[][];
  merges?: string[];
  hidden?: boolean | 'veryHidden';
}

export interface XlsxBookSpec {
  sheets: XlsxSheetSpec[];
  definedNames?: { name: string; ref: string }[];
  creator?: string;
  title?: string;
}

function setCell(cell: ExcelJS.Cell, spec: XlsxCellSpec): void {
  if (spec === null || spec === undefined) return;
  if (typeof spec !== 'object' || spec instanceof Date) {
    cell.value = spec;
    return;
  }
  if ('value' in spec) {
    setCell(cell, spec.value);
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    if (spec.bold) cell.font = { bold: true };
    if (spec.indent) cell.alignment = { indent: spec.indent };
    if (spec.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${spec.fill}` } };
    return;
  }
  if ('arrayFormula' in spec) {
    // ExcelJS's typings omit fillFormula's fourth argument (the share type).
    const fill = cell.worksheet.fillFormula as (range: string, formula: string, results: () => number, type: string) => void;
    fill.call(cell.worksheet, spec.ref, spec.arrayFormula, () => spec.result ?? 0, 'array');
    return;
  }
  if ('richText' in spec) {
    cell.value = { richText: spec.richText.map((text, i) => ({ text, font: i % 2 ? { bold: true } : {} })) };
    return;
  }
  cell.value = spec as ExcelJS.CellValue;
}

export async function buildXlsx(spec: XlsxBookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (spec.creator) workbook.creator = spec.creator;
  if (spec.title) workbook.title = spec.title;
  for (const sheetSpec of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheetSpec.name);
    if (sheetSpec.hidden) worksheet.state = sheetSpec.hidden === 'veryHidden' ? 'veryHidden' : 'hidden';
    sheetSpec.rows.forEach((row, r) => row.forEach((value, c) => setCell(worksheet.getCell(r + 1, c + 1), value)));
    for (const range of sheetSpec.merges ?? []) worksheet.mergeCells(range);
  }
  for (const { name, ref } of spec.definedNames ?? []) workbook.definedNames.add(ref, name);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
