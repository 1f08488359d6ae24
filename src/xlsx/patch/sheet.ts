/**
 * Edits cells inside one worksheet part's XML text without parsing the rest: each edited `<c>`
 * is replaced (keeping its style `s`), or inserted in column order in its row (the row in row
 * order when absent). Text goes in as an inline string, so sharedStrings.xml is left alone, and
 * text beginning with "=" stays text. A formula is written without a cached value. Everything
 * outside the edited cells stays as it was, character for character.
 */
import { columnIndex } from '../../core';

export interface SheetEdit {
  /** 0-based. */
  row: number;
  col: number;
  cell: string;
  formula?: string;
  value?: string | number | boolean | null;
}

export interface SheetPatch {
  xml: string;
  /** Edits that were not made, with a one-line Spanish reason. */
  refused: { edit: SheetEdit; reason: string }[];
}

/** Characters XML 1.0 cannot hold; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- control characters are what it escapes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(CONTROL, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** "B12" → column index of B, -1 when not a cell address. */
function columnOf(reference: string | undefined): number {
  const m = reference ? /^([A-Za-z]{1,3})\d+$/.exec(reference) : null;
  return m ? columnIndex(m[1]) : -1;
}

/** The `<c>` element of an edit, in the namespace prefix `p` ("" or "x:"), with style `s`. */
export function cellXml(edit: SheetEdit, p: string, style: string | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  const open = `<${p}c r="${edit.cell}"${s}`;
  if (edit.formula !== undefined) {
    return `${open}><${p}f>${escapeXml(edit.formula.replace(/^=/, ''))}</${p}f></${p}c>`;
  }
  const value = edit.value ?? null;
  if (value === null) return `${open}/>`;
  if (typeof value === 'number') return `${open}><${p}v>${String(value)}</${p}v></${p}c>`;
  if (typeof value === 'boolean') return `${open} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `${open} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

/** Why an existing cell cannot be overwritten safely, if it cannot. */
function refusal(inner: string, p: string): string | undefined {
  const f = new RegExp(`<${p}f\\b([^>]*)`).exec(inner);
  if (!f) return undefined;
  const type = attribute(f[1], 't');
  const ref = attribute(f[1], 'ref');
  if (type === 'shared' && ref !== undefined) {
    return `la celda es la principal de una fórmula compartida (${ref}): cambiarla rompería las celdas que dependen de ella`;
  }
  if (type === 'array' && ref !== undefined && ref.includes(':')) {
    return `la celda inicia una fórmula matricial (${ref}): no se reemplaza una parte de ella`;
  }
  return undefined;
}

function widenSpans(attrs: string, col: number): string {
  const spans = attribute(attrs, 'spans');
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return attrs;
  const low = Math.min(Number(m[1]), col + 1);
  const high = Math.max(Number(m[2]), col + 1);
  return attrs.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, ` spans="${low}:${high}"`);
}

interface CellMatch {
  col: number;
  start: number;
  end: number;
  attrs: string;
  inner: string;
}

/** The new inner XML of one row, and the edits it refused. */
function patchRow(inner: string, edits: SheetEdit[], p: string, refused: SheetPatch['refused']): string | undefined {
  const cells: CellMatch[] = [];
  const pattern = new RegExp(`<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}c>)`, 'g');
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) {
    const col = columnOf(attribute(m[1], 'r'));
    if (col < 0) {
      for (const edit of edits) refused.push({ edit, reason: 'la fila tiene celdas sin dirección: no se modifica' });
      return undefined;
    }
    cells.push({ col, start: m.index, end: m.index + m[0].length, attrs: m[1], inner: m[2] ?? '' });
  }
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const edit of [...edits].sort((a, b) => a.col - b.col)) {
    const existing = cells.find((c) => c.col === edit.col);
    if (existing) {
      const reason = refusal(existing.inner, p);
      if (reason) {
        refused.push({ edit, reason });
        continue;
      }
      replacements.push({
        start: existing.start,
        end: existing.end,
        text: cellXml(edit, p, attribute(existing.attrs, 's')),
      });
    } else {
      const next = cells.find((c) => c.col > edit.col);
      const at = next ? next.start : inner.length;
      replacements.push({ start: at, end: at, text: cellXml(edit, p, undefined) });
    }
  }
  replacements.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const r of replacements) {
    out += inner.slice(last, r.start) + r.text;
    last = r.end;
  }
  return out + inner.slice(last);
}

export function patchSheetXml(xml: string, edits: readonly SheetEdit[]): SheetPatch {
  const refused: SheetPatch['refused'] = [];
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml);
  if (!open) {
    for (const edit of edits) refused.push({ edit, reason: 'la hoja no tiene datos de celdas (sheetData)' });
    return { xml, refused };
  }
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = open[1] ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) {
    for (const edit of edits) refused.push({ edit, reason: 'el XML de la hoja está incompleto' });
    return { xml, refused };
  }
  const body = xml.slice(bodyStart, bodyEnd);

  const byRow = new Map<number, SheetEdit[]>();
  for (const edit of edits) {
    const list = byRow.get(edit.row) ?? [];
    list.push(edit);
    byRow.set(edit.row, list);
  }

  const pieces: { start: number; end: number; text: string }[] = [];
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}row>)`, 'g');
  const rowStarts: { row: number; start: number }[] = [];
  for (let m = rowPattern.exec(body); m; m = rowPattern.exec(body)) {
    const r = Number(attribute(m[1], 'r'));
    if (!Number.isInteger(r) || r < 1) {
      const reason = 'la hoja tiene filas sin número: no se modifica';
      return { xml, refused: edits.map((edit) => ({ edit, reason })) };
    }
    const row = r - 1;
    rowStarts.push({ row, start: m.index });
    const rowEdits = byRow.get(row);
    if (!rowEdits) continue;
    byRow.delete(row);
    const inner = patchRow(m[2] ?? '', rowEdits, p, refused);
    if (inner === undefined) continue;
    let attrs = m[1];
    for (const edit of rowEdits) attrs = widenSpans(attrs, edit.col);
    pieces.push({ start: m.index, end: m.index + m[0].length, text: `<${p}row${attrs}>${inner}</${p}row>` });
  }
  // Rows that do not exist yet, each before the first row that follows it.
  for (const [row, rowEdits] of byRow) {
    const next = rowStarts.find((r) => r.row > row);
    const at = next ? next.start : body.length;
    const cells = [...rowEdits].sort((a, b) => a.col - b.col).map((e) => cellXml(e, p, undefined));
    pieces.push({ start: at, end: at, text: `<${p}row r="${row + 1}">${cells.join('')}</${p}row>` });
  }
  pieces.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let last = 0;
  for (const piece of pieces) {
    out += body.slice(last, piece.start) + piece.text;
    last = piece.end;
  }
  const newBody = out + body.slice(last);
  if (open[1]) {
    const tag = open[0].replace(/\s*\/>$/, '>');
    return { xml: xml.slice(0, open.index) + tag + newBody + closeTag + xml.slice(bodyStart), refused };
  }
  return { xml: xml.slice(0, bodyStart) + newBody + xml.slice(bodyEnd), refused };
}

const AFTER_CALC_PR = [
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

/** workbook.xml with `<calcPr fullCalcOnLoad="1">`: the spreadsheet recalculates on open. */
export function setFullCalcOnLoad(xml: string): string {
  const p = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? '';
  const calc = new RegExp(`<${p}calcPr\\b([^>]*?)(\\/?)>`).exec(xml);
  if (calc) {
    const attrs = /\sfullCalcOnLoad\s*=/.test(calc[1])
      ? calc[1].replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, ' fullCalcOnLoad="1"')
      : `${calc[1]} fullCalcOnLoad="1"`;
    return xml.slice(0, calc.index) + `<${p}calcPr${attrs}${calc[2]}>` + xml.slice(calc.index + calc[0].length);
  }
  let at = -1;
  for (const name of AFTER_CALC_PR) {
    const m = new RegExp(`<${p}${name}\\b`).exec(xml);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = xml.lastIndexOf(`</${p}workbook>`);
  if (at < 0) return xml;
  return xml.slice(0, at) + `<${p}calcPr fullCalcOnLoad="1"/>` + xml.slice(at);
}
