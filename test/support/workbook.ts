/**
 * Builds snapshots for tests from readable tables:
 *   sheet('Metas', [
 *     ['Producto', 'Unidad', 2026],
 *     ['A', 'Persona', 10],
 *     ['Total', null, f('SUM(C2:C2)', 10)],
 *   ], { origin: 'B3', merges: ['B3:C3'] })
 */
import {
  parseCell,
  parseRange,
  rangeAddress,
  type Cell,
  type CellStyle,
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/core';

export interface FormulaSpec {
  formula: string;
  value: CellValue;
  style?: CellStyle;
  numFmt?: string;
}
export interface StyledSpec {
  value: CellValue;
  style?: CellStyle;
  numFmt?: string;
}
export type CellSpec = CellValue | FormulaSpec | StyledSpec | undefined;

/** A formula cell with its cached value (null: never calculated). */
export function f(
  formula: string,
  value: CellValue = null,
  extra: Omit<FormulaSpec, 'formula' | 'value'> = {},
): FormulaSpec {
  return { formula: formula.replace(/^=/, ''), value, ...extra };
}

/** A value with a style or number format. */
export function styled(value: CellValue, style: CellStyle, numFmt?: string): StyledSpec {
  return { value, style, numFmt };
}

export function err(code: string): CellValue {
  return { error: code };
}

function isSpecObject(spec: CellSpec): spec is FormulaSpec | StyledSpec {
  return typeof spec === 'object' && spec !== null && !('error' in spec);
}

export interface SheetOptions {
  /** Top-left cell of the table (default A1). */
  origin?: string;
  merges?: string[];
  hidden?: boolean;
}

export function sheet(name: string, rows: CellSpec[][], options: SheetOptions = {}): SheetSnapshot {
  const origin = parseCell(options.origin ?? 'A1');
  if (!origin) throw new Error(`bad origin ${options.origin}`);
  const cells: Cell[] = [];
  rows.forEach((row, r) =>
    row.forEach((spec, c) => {
      if (spec === undefined || spec === null || spec === '') return;
      const cell: Cell = { row: origin.row + r, col: origin.col + c, value: null };
      if (isSpecObject(spec)) {
        cell.value = spec.value;
        if ('formula' in spec) cell.formula = spec.formula;
        if (spec.style) cell.style = spec.style;
        if (spec.numFmt) cell.numFmt = spec.numFmt;
      } else {
        cell.value = spec;
      }
      cells.push(cell);
    }),
  );
  let usedRange: string | null = null;
  if (cells.length) {
    const rowsIdx = cells.map((c) => c.row);
    const colsIdx = cells.map((c) => c.col);
    usedRange = rangeAddress({
      top: Math.min(...rowsIdx),
      left: Math.min(...colsIdx),
      bottom: Math.max(...rowsIdx),
      right: Math.max(...colsIdx),
    });
  }
  const merges = options.merges ?? [];
  for (const m of merges) if (!parseRange(m)) throw new Error(`bad merge ${m}`);
  return { name, cells, merges, usedRange, hidden: options.hidden };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
