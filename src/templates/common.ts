/** Pieces every matrix builder shares: title rows, sums with their cached results, list names. */
import { cellAddress } from '../core';
import type { Draft } from './draft';
import type { SheetBuilder } from './sheet';
import type { PrintSpec } from './spec';

export const LIST_NAMES = {
  units: 'LISTA_UNIDADES',
  departments: 'LISTA_DEPARTAMENTOS',
} as const;

export {
  INDICATOR_CATEGORIES as CATEGORY_VALUES,
  MEASUREMENT_FREQUENCIES as FREQUENCY_VALUES,
} from '../domain/catalog';
export const FLAG_VALUES = ['1', '0'] as const;

export function yearSpan(draft: Draft): string {
  const first = draft.years[0];
  const last = draft.years[draft.years.length - 1];
  return first === last ? String(first) : `${first}-${last}`;
}

/** "1120-0069-000-000 INSTITUTO GUATEMALTECO DE MIGRACIÓN", or a placeholder line for blanks. */
export function institutionLine(draft: Draft): string {
  const { code, name } = draft.institution;
  const line = `${code} ${name.toUpperCase()}`.trim();
  return line === '' ? 'Institución: (código y nombre)' : line;
}

/** "Plan Operativo Multianual", or "Plan Operativo Anual" for a plan of one year. */
export function planName(draft: Pick<Draft, 'years'>): string {
  return draft.years.length === 1 ? 'Plan Operativo Anual' : 'Plan Operativo Multianual';
}

/** "MULTIANUALES" or, for a one-year POA, "ANUALES" (also "MULTIANUAL" / "ANUAL"). */
export function span(draft: Pick<Draft, 'years'>, plural = true): string {
  const word = draft.years.length === 1 ? 'ANUAL' : 'MULTIANUAL';
  return plural ? `${word}ES` : word;
}

/** What the legend says about the light green cells. */
export const LEGEND_TEXT = '← se escribe en las celdas verdes; las demás son fórmulas o rótulos protegidos';

/** Rows 0-3: institution, matrix title, plan and years, and the legend of input cells. */
export function titleRows(sheet: SheetBuilder, draft: Draft, title: string): void {
  sheet.value(0, 0, institutionLine(draft), 'title');
  // The section number of the POM document, as the sheet's name starts: "9.5 PRODUCTOS, …".
  const number = /^\d+(\.\d+)* /.exec(sheet.name)?.[0] ?? '';
  sheet.value(1, 0, `${number}${title}`, 'subtitle');
  sheet.value(2, 0, `${planName(draft)} ${yearSpan(draft)}`, 'note');
  sheet.value(3, 0, 'Captura', 'legendInput');
  sheet.value(3, 1, LEGEND_TEXT, 'note');
}

export function landscape(titleTop: number, titleBottom: number): PrintSpec {
  return {
    orientation: 'landscape',
    fitToWidth: false,
    titleRows: `${titleTop + 1}:${titleBottom + 1}`,
    paperSize: 'letter',
  };
}

/** Sum of possibly missing numbers (a missing figure counts 0, as Excel's SUM does). */
export function sumOf(values: readonly (number | null | undefined)[]): number {
  return values.reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
}

/** "SUM(D7:D9)" for a run of rows, "SUM(D7,D10,D13)" otherwise. */
export function sumFormula(rows: readonly number[], col: number): string {
  if (rows.length === 0) return '0';
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1] + 1);
  if (contiguous && rows.length > 1)
    return `SUM(${cellAddress(rows[0], col)}:${cellAddress(rows[rows.length - 1], col)})`;
  return `SUM(${rows.map((r) => cellAddress(r, col)).join(',')})`;
}

/** "SUM(D7,F7,H7)" across columns of one row. */
export function rowSumFormula(row: number, cols: readonly number[]): string {
  return `SUM(${cols.map((c) => cellAddress(row, c)).join(',')})`;
}

/** Runs of consecutive entries that share a key: [start, end] indices inclusive. */
export function runs<T>(items: readonly T[], key: (item: T) => unknown): [number, number][] {
  const out: [number, number][] = [];
  items.forEach((item, i) => {
    const last = out[out.length - 1];
    if (last && key(items[last[1]]) === key(item)) last[1] = i;
    else out.push([i, i]);
  });
  return out;
}
