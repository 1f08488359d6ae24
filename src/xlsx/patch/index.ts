/**
 * The surgical writer: a corrected copy of an .xlsx made by rewriting only the worksheet parts
 * whose cells change, and workbook.xml to ask for a recalculation on open. Every other part is
 * copied as stored, byte for byte. No Node imports: it runs in the browser too.
 */
import { strFromU8, strToU8, inflateSync } from 'fflate';
import { parseCell } from '../../core';
import { resolveTarget } from '../package';
import { WorkbookSink } from '../read-workbook';
import { scanXml, type XmlSink } from '../xml';
import { METHOD_STORED } from '../zip';
import { patchSheetXml, setFullCalcOnLoad, type SheetEdit } from './sheet';
import { readStoredEntries, writeZip, type StoredEntry } from './zip';

export { crc32 } from './zip';

/** One cell to write: a formula (with its "=") or a value (text starting "=" stays text). */
export interface PatchEdit {
  sheet: string;
  cell: string;
  formula?: string;
  value?: string | number | boolean | null;
}

export interface PatchResult<E extends PatchEdit> {
  bytes: Uint8Array;
  applied: E[];
  /** Edits not made, each with a one-line Spanish reason. */
  refused: { edit: E; reason: string }[];
}

const WORKBOOK_PART = 'xl/workbook.xml';
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';

/**
 * Sheet name → its part, from workbook.xml and its relationships, read with the reader's own
 * XML scanner (no DTD, no entities) and resolved as Excel does (r:ids without regard to case).
 */
export function sheetPartsOf(workbookXml: string, relsXml: string): Map<string, string> {
  const workbook = new WorkbookSink();
  scanXml(workbookXml, workbook);
  const targets = new Map<string, string>();
  const rels: XmlSink = {
    wantText: false,
    open(name, a) {
      const id = a.get('Id');
      const target = a.get('Target');
      if (name !== 'Relationship' || !id || target === undefined) return;
      if ((a.get('TargetMode') ?? '').toLowerCase() === 'external') return;
      targets.set(id.toLowerCase(), resolveTarget(WORKBOOK_PART, target));
    },
    close() {},
    text() {},
  };
  if (relsXml) scanXml(relsXml, rels);
  const parts = new Map<string, string>();
  for (const sheet of workbook.sheets) {
    const part = sheet.relId === undefined ? undefined : targets.get(sheet.relId.toLowerCase());
    if (part) parts.set(sheet.name, part);
  }
  return parts;
}

function entryText(entry: StoredEntry): string {
  const header = new DataView(entry.local.buffer, entry.local.byteOffset, entry.local.byteLength);
  const start = 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const data = entry.local.subarray(start, start + entry.compressedSize);
  const raw =
    entry.method === METHOD_STORED ? data : inflateSync(data, { out: new Uint8Array(entry.uncompressedSize) });
  return strFromU8(raw);
}

function isWritable(edit: PatchEdit): string | undefined {
  if (typeof edit.value === 'number' && !Number.isFinite(edit.value)) return 'el valor no es un número finito';
  if (edit.formula !== undefined && edit.formula.replace(/^=/, '').trim() === '') return 'la fórmula está vacía';
  return undefined;
}

/**
 * Writes `edits` into a copy of the package `bytes`. Throws an XlsxReadError when the package
 * itself cannot be read; an edit that cannot be made safely (unknown sheet, master cell of a
 * shared formula…) is refused and listed, the others are made.
 */
export function patchXlsx<E extends PatchEdit>(bytes: Uint8Array, edits: readonly E[]): PatchResult<E> {
  const { entries, comment } = readStoredEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string): string => {
    const entry = byName.get(name);
    return entry ? entryText(entry) : '';
  };
  const workbookXml = text(WORKBOOK_PART);
  const sheetParts = sheetPartsOf(workbookXml, text(WORKBOOK_RELS_PART));

  const refused: PatchResult<E>['refused'] = [];
  const byPart = new Map<string, { edit: E; sheetEdit: SheetEdit }[]>();
  for (const edit of edits) {
    const part = sheetParts.get(edit.sheet);
    const pos = parseCell(edit.cell);
    const problem =
      isWritable(edit) ??
      (!pos ? `${edit.cell} no es una celda` : undefined) ??
      (!part || !byName.has(part) ? `no existe la hoja «${edit.sheet}»` : undefined) ??
      (part && !/^xl\/worksheets\//.test(part) ? `«${edit.sheet}» no es una hoja de cálculo` : undefined);
    if (problem || !pos || !part) {
      refused.push({ edit, reason: problem ?? '' });
      continue;
    }
    const list = byPart.get(part) ?? [];
    list.push({
      edit,
      sheetEdit: { row: pos.row, col: pos.col, cell: edit.cell, formula: edit.formula, value: edit.value },
    });
    byPart.set(part, list);
  }

  const replaced = new Map<string, Uint8Array>();
  const applied: E[] = [];
  for (const [part, list] of byPart) {
    const patch = patchSheetXml(
      text(part),
      list.map((l) => l.sheetEdit),
    );
    const refusedHere = new Set(patch.refused.map((r) => r.edit));
    for (const { edit, sheetEdit } of list) {
      const r = patch.refused.find((x) => x.edit === sheetEdit);
      if (r) refused.push({ edit, reason: r.reason });
      else applied.push(edit);
    }
    if (refusedHere.size < list.length) replaced.set(part, strToU8(patch.xml));
  }
  if (replaced.size > 0 && byName.has(WORKBOOK_PART)) {
    replaced.set(WORKBOOK_PART, strToU8(setFullCalcOnLoad(workbookXml)));
  }
  // In the order the edits were given.
  const order = new Map<E, number>(edits.map((e, i) => [e, i]));
  applied.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  refused.sort((a, b) => (order.get(a.edit) ?? 0) - (order.get(b.edit) ?? 0));
  return { bytes: writeZip(entries, comment, replaced), applied, refused };
}
