/**
 * The surgical writer: a corrected copy of an .xlsx made by rewriting only the worksheet parts
 * whose cells change, and workbook.xml to ask for a recalculation on open. Every other part is
 * copied as stored, byte for byte, except calcChain.xml, left out (with its relationship and
 * content type) when a cell gains or loses a formula: Excel rebuilds it. No Node imports: it
 * runs in the browser too.
 */
import { parseCell } from '../../core';
import { resolveTarget } from '../package';
import { WorkbookSink } from '../read-workbook';
import { scanXml, type XmlSink } from '../xml';
import { PackageEdit, WORKBOOK_PART } from './parts';
import { patchSheetXml, setFullCalcOnLoad, type SheetEdit } from './sheet';

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

/** "POM 2026.xlsx" → "POM 2026-corregido.xlsx". */
export function correctedFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '') || 'libro';
  return `${base}-corregido.xlsx`;
}

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
  const pkg = new PackageEdit(bytes);
  const applied = writeEdits(pkg, edits);
  if (applied.applied.length > 0 && pkg.has(WORKBOOK_PART)) {
    pkg.set(WORKBOOK_PART, setFullCalcOnLoad(pkg.text(WORKBOOK_PART)));
  }
  return { bytes: pkg.touched ? pkg.bytes() : bytes.slice(), ...applied };
}

/** The calculation chain, dropped when it no longer matches the cells holding formulas. */
export function dropCalcChain(pkg: PackageEdit): void {
  const chain = pkg.relationships(WORKBOOK_PART).find((r) => r.type === 'calcChain')?.part ?? 'xl/calcChain.xml';
  if (!pkg.has(chain)) return;
  pkg.remove(chain);
  pkg.removeRelationshipsTo(WORKBOOK_PART, chain);
  pkg.removeOverride(chain);
}

/**
 * Writes the edits into the package's sheet parts: content edits, and style edits (`restyle`,
 * see SheetEdit) for the annotated copy. Returns what was applied and refused, in input order.
 */
export function writeEdits<E extends PatchEdit & Pick<SheetEdit, 'restyle'>>(
  pkg: PackageEdit,
  edits: readonly E[],
): Omit<PatchResult<E>, 'bytes'> {
  const sheetParts = sheetPartsOf(pkg.text(WORKBOOK_PART), pkg.text(WORKBOOK_RELS_PART));
  const refused: PatchResult<E>['refused'] = [];
  const byPart = new Map<string, { edit: E; sheetEdit: SheetEdit }[]>();
  for (const edit of edits) {
    const part = sheetParts.get(edit.sheet);
    const pos = parseCell(edit.cell);
    const problem =
      isWritable(edit) ??
      (!pos ? `${edit.cell} no es una celda` : undefined) ??
      (!part || !pkg.has(part) ? `no existe la hoja «${edit.sheet}»` : undefined) ??
      (part && !/^xl\/worksheets\//.test(part) ? `«${edit.sheet}» no es una hoja de cálculo` : undefined);
    if (problem || !pos || !part) {
      refused.push({ edit, reason: problem ?? '' });
      continue;
    }
    const list = byPart.get(part) ?? [];
    list.push({
      edit,
      sheetEdit: {
        row: pos.row,
        col: pos.col,
        cell: edit.cell,
        formula: edit.formula,
        value: edit.value,
        restyle: edit.restyle,
      },
    });
    byPart.set(part, list);
  }

  const applied: E[] = [];
  let formulasChanged = false;
  for (const [part, list] of byPart) {
    const patch = patchSheetXml(
      pkg.text(part),
      list.map((l) => l.sheetEdit),
    );
    const refusedHere = new Map(patch.refused.map((r) => [r.edit, r.reason]));
    for (const { edit, sheetEdit } of list) {
      const reason = refusedHere.get(sheetEdit);
      if (reason !== undefined) refused.push({ edit, reason });
      else applied.push(edit);
    }
    if (refusedHere.size < list.length) pkg.set(part, patch.xml);
    formulasChanged ||= patch.formulasChanged;
  }
  if (formulasChanged) dropCalcChain(pkg);
  // In the order the edits were given.
  const order = new Map<E, number>(edits.map((e, i) => [e, i]));
  applied.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  refused.sort((a, b) => (order.get(a.edit) ?? 0) - (order.get(b.edit) ?? 0));
  return { applied, refused };
}
