/**
 * Applies a batch of certain fixes (src/core/fixes.ts) through Office.js and remembers what each
 * cell held (formula or value, and number format) in a custom XML part of the workbook, so
 * undoFixes() restores it exactly. Round trips are constant, whatever the number of fixes:
 * applying takes 2 (3 when earlier fixes are still recorded), undoing 3.
 */
import type { CellEdit } from '../core/fixes';
import { toAdapterError } from './errors';
import { jsonOfPart, jsonPartXml } from './state-part';

export const FIXES_NAMESPACE = 'urn:planifica:correcciones:1';

export interface FixUndoRecord {
  sheet: string;
  cell: string;
  /** What `Range.formulas` gave before the fix: a formula ("=…"), a constant, or "". */
  formula: string | number | boolean;
  numberFormat: string;
  /** True when `formula` is text that begins with "=" (a constant, not a formula). */
  text?: boolean;
}

export function serializeFixUndo(records: readonly FixUndoRecord[]): string {
  return jsonPartXml('correcciones', FIXES_NAMESPACE, { version: 1, records });
}

export function parseFixUndo(xml: string): FixUndoRecord[] {
  const records = jsonOfPart(xml, 'correcciones')?.records;
  return Array.isArray(records) ? (records as FixUndoRecord[]).filter(isRecord) : [];
}

function isRecord(value: unknown): value is FixUndoRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.sheet === 'string' && typeof r.cell === 'string' && typeof r.numberFormat === 'string';
}

/** What to give `Range.formulas` so the cell holds the edit: text starting "=" or "'" stays text. */
export function formulaInput(edit: Pick<CellEdit, 'formula' | 'value'>): string | number | boolean {
  if (edit.formula !== undefined) return edit.formula.startsWith('=') ? edit.formula : `=${edit.formula}`;
  const value = edit.value ?? null;
  if (value === null) return '';
  if (typeof value === 'string' && (value.startsWith('=') || value.startsWith("'"))) return `'${value}`;
  return value;
}

async function loadUndo(context: Excel.RequestContext, part: Excel.CustomXmlPart): Promise<FixUndoRecord[]> {
  if (part.isNullObject) return [];
  const xml = part.getXml();
  await context.sync();
  // getXml returns a ClientResult: its value is filled by the sync above, no load() applies.
  // eslint-disable-next-line office-addins/load-object-before-read
  return parseFixUndo(xml.value);
}

function undoPart(context: Excel.RequestContext): Excel.CustomXmlPart {
  const part = context.workbook.customXmlParts.getByNamespace(FIXES_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  return part;
}

/** Writes the edits in one batch and records what they replaced; returns the number of cells written. */
export async function applyFixes(context: Excel.RequestContext, edits: readonly CellEdit[]): Promise<number> {
  if (edits.length === 0) return 0;
  try {
    const part = undoPart(context);
    const targets = edits.map((edit) => {
      const range = context.workbook.worksheets.getItem(edit.sheet).getRange(edit.cell);
      range.load(['formulas', 'values', 'numberFormat']);
      return { edit, range };
    });
    await context.sync();
    const earlier = await loadUndo(context, part);
    const records: FixUndoRecord[] = targets.map(({ edit, range }) => {
      const formula = range.formulas[0][0] as string | number | boolean;
      const record: FixUndoRecord = {
        sheet: edit.sheet,
        cell: edit.cell,
        formula,
        numberFormat: String(range.numberFormat[0][0]),
      };
      if (typeof formula === 'string' && formula.startsWith('=') && range.values[0][0] === formula) record.text = true;
      return record;
    });
    for (const { edit, range } of targets) range.formulas = [[formulaInput(edit)]];
    if (!part.isNullObject) part.delete();
    context.workbook.customXmlParts.add(serializeFixUndo([...earlier, ...records]));
    await context.sync();
    return targets.length;
  } catch (error) {
    throw toAdapterError(error);
  }
}

/** "Deshacer correcciones": every recorded cell gets back its formula or value and format. */
export async function undoFixes(context: Excel.RequestContext): Promise<number> {
  try {
    const part = undoPart(context);
    await context.sync();
    const records = await loadUndo(context, part);
    if (part.isNullObject) return 0;
    // Latest first, so a cell fixed twice ends with what it held before the first fix.
    for (const record of [...records].reverse()) {
      const range = context.workbook.worksheets.getItem(record.sheet).getRange(record.cell);
      range.formulas = [[record.text ? `'${String(record.formula)}` : record.formula]];
      range.numberFormat = [[record.numberFormat]];
    }
    part.delete();
    await context.sync();
    return records.length;
  } catch (error) {
    throw toAdapterError(error);
  }
}

/** Whether the workbook holds a record of fixes to undo (one round trip). */
export async function hasFixUndo(context: Excel.RequestContext): Promise<boolean> {
  try {
    const part = undoPart(context);
    await context.sync();
    return !part.isNullObject;
  } catch (error) {
    throw toAdapterError(error);
  }
}
