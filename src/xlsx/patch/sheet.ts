/**
 * Edits cells inside one worksheet part's XML text without parsing the rest: each edited `<c>`
 * is replaced (keeping its style `s`), or inserted in column order in its row (the row in row
 * order when absent). Text goes in as an inline string, so sharedStrings.xml is left alone, and
 * text beginning with "=" stays text. A formula is written without a cached value. Everything
 * outside the edited cells stays as it was, character for character. A style edit (the annotated
 * copy's fills) changes only a cell's `s`, keeping its content. `<dimension>` is widened to take
 * in every cell written.
 */
import { columnIndex, parseRange, rangeAddress, type RangeBox } from '../../core';
import { attribute, escapeXml, withAttribute } from './text';

export { escapeXml } from './text';

export interface SheetEdit {
  /** 0-based. */
  row: number;
  col: number;
  cell: string;
  formula?: string;
  value?: string | number | boolean | null;
  /**
   * A style edit: the content stays and `s` becomes `restyle(current)`, where `current` is the
   * cell's own `s`, or for a cell not written yet the style it shows (its row's, else its
   * column's), undefined for the default style.
   */
  restyle?: (current: string | undefined) => string;
}

export interface SheetPatch {
  xml: string;
  /** Edits that were not made, with a one-line Spanish reason. */
  refused: { edit: SheetEdit; reason: string }[];
  /** Whether some cell gained or lost a formula (calcChain.xml no longer matches). */
  formulasChanged: boolean;
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
  whole: string;
}

interface RowContext {
  p: string;
  refused: SheetPatch['refused'];
  /** The style a cell not written yet shows in column `col` of this row. */
  inherited: (col: number) => string | undefined;
  formulasChanged: boolean;
}

function restyled(edit: SheetEdit & { restyle: (s: string | undefined) => string }, existing: CellMatch, p: string) {
  const attrs = withAttribute(existing.attrs, 's', edit.restyle(attribute(existing.attrs, 's')));
  return `<${p}c${attrs}${existing.whole.slice(p.length + 2 + existing.attrs.length)}`;
}

/** The new inner XML of one row, and the edits it refused. */
function patchRow(inner: string, edits: SheetEdit[], ctx: RowContext): string | undefined {
  const { p, refused } = ctx;
  const cells: CellMatch[] = [];
  const pattern = new RegExp(`<${p}c\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}c>)`, 'g');
  for (let m = pattern.exec(inner); m; m = pattern.exec(inner)) {
    const col = columnOf(attribute(m[1], 'r'));
    if (col < 0) {
      for (const edit of edits) refused.push({ edit, reason: 'la fila tiene celdas sin dirección: no se modifica' });
      return undefined;
    }
    cells.push({ col, start: m.index, end: m.index + m[0].length, attrs: m[1], inner: m[2] ?? '', whole: m[0] });
  }
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const edit of [...edits].sort((a, b) => a.col - b.col)) {
    const existing = cells.find((c) => c.col === edit.col);
    const restyle = edit.restyle;
    if (restyle) {
      const text = existing
        ? restyled({ ...edit, restyle }, existing, p)
        : `<${p}c r="${edit.cell}" s="${restyle(ctx.inherited(edit.col))}"/>`;
      const at = existing ? existing.start : (cells.find((c) => c.col > edit.col)?.start ?? inner.length);
      replacements.push({ start: at, end: existing ? existing.end : at, text });
    } else if (existing) {
      const reason = refusal(existing.inner, p);
      if (reason) {
        refused.push({ edit, reason });
        continue;
      }
      if (new RegExp(`<${p}f\\b`).test(existing.inner) !== (edit.formula !== undefined)) ctx.formulasChanged = true;
      replacements.push({
        start: existing.start,
        end: existing.end,
        text: cellXml(edit, p, attribute(existing.attrs, 's')),
      });
    } else {
      const next = cells.find((c) => c.col > edit.col);
      const at = next ? next.start : inner.length;
      if (edit.formula !== undefined) ctx.formulasChanged = true;
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

/** Column styles from `<cols>`: the style a cell not written yet shows in each column. */
function columnStyles(xml: string, p: string): (col: number) => string | undefined {
  const ranges: { min: number; max: number; style: string }[] = [];
  const cols = new RegExp(`<${p}cols\\b[^>]*>([\\s\\S]*?)<\\/${p}cols>`).exec(xml);
  if (cols) {
    for (const m of cols[1].matchAll(new RegExp(`<${p}col\\b([^>]*?)\\/?>`, 'g'))) {
      const style = attribute(m[1], 'style');
      const min = Number(attribute(m[1], 'min'));
      const max = Number(attribute(m[1], 'max'));
      if (style !== undefined && Number.isInteger(min) && Number.isInteger(max)) ranges.push({ min, max, style });
    }
  }
  return (col) => ranges.find((r) => r.min <= col + 1 && col + 1 <= r.max)?.style;
}

/** A row's own style applies to its empty cells only when the row says so (customFormat). */
function rowStyle(attrs: string): string | undefined {
  const custom = attribute(attrs, 'customFormat');
  return custom === '1' || custom === 'true' ? attribute(attrs, 's') : undefined;
}

/** `<dimension ref>` widened to take in `box` (left alone when absent or unreadable). */
function widenDimension(xml: string, p: string, box: RangeBox | undefined, hadCells: boolean): string {
  if (!box) return xml;
  const m = new RegExp(`<${p}dimension\\b([^>]*?)(\\/?)>`).exec(xml);
  const ref = m ? attribute(m[1], 'ref') : undefined;
  const old = ref ? parseRange(ref) : undefined;
  if (!m || !old) return xml;
  const wide: RangeBox = {
    top: Math.min(old.top, box.top),
    left: Math.min(old.left, box.left),
    bottom: Math.max(old.bottom, box.bottom),
    right: Math.max(old.right, box.right),
  };
  // An empty sheet says "A1": it holds nothing, so the new cells alone are its extent.
  const next = rangeAddress(hadCells ? wide : box);
  if (next === ref) return xml;
  return (
    xml.slice(0, m.index) +
    `<${p}dimension${withAttribute(m[1], 'ref', next)}${m[2]}>` +
    xml.slice(m.index + m[0].length)
  );
}

export function patchSheetXml(xml: string, edits: readonly SheetEdit[]): SheetPatch {
  const refused: SheetPatch['refused'] = [];
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? '';
  const open = new RegExp(`<${p}sheetData\\b[^>]*?(\\/?)>`).exec(xml);
  if (!open) {
    for (const edit of edits) refused.push({ edit, reason: 'la hoja no tiene datos de celdas (sheetData)' });
    return { xml, refused, formulasChanged: false };
  }
  const bodyStart = open.index + open[0].length;
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = open[1] ? bodyStart : xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) {
    for (const edit of edits) refused.push({ edit, reason: 'el XML de la hoja está incompleto' });
    return { xml, refused, formulasChanged: false };
  }
  const body = xml.slice(bodyStart, bodyEnd);
  const columnStyle = edits.some((e) => e.restyle) ? columnStyles(xml.slice(0, open.index), p) : () => undefined;

  const byRow = new Map<number, SheetEdit[]>();
  for (const edit of edits) {
    const list = byRow.get(edit.row) ?? [];
    list.push(edit);
    byRow.set(edit.row, list);
  }

  const ctx: RowContext = { p, refused, inherited: columnStyle, formulasChanged: false };
  const pieces: { start: number; end: number; text: string }[] = [];
  const rowPattern = new RegExp(`<${p}row\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/${p}row>)`, 'g');
  const rowStarts: { row: number; start: number }[] = [];
  for (let m = rowPattern.exec(body); m; m = rowPattern.exec(body)) {
    const r = Number(attribute(m[1], 'r'));
    if (!Number.isInteger(r) || r < 1) {
      const reason = 'la hoja tiene filas sin número: no se modifica';
      return { xml, refused: edits.map((edit) => ({ edit, reason })), formulasChanged: false };
    }
    const row = r - 1;
    rowStarts.push({ row, start: m.index });
    const rowEdits = byRow.get(row);
    if (!rowEdits) continue;
    byRow.delete(row);
    const own = rowStyle(m[1]);
    ctx.inherited = own === undefined ? columnStyle : () => own;
    const inner = patchRow(m[2] ?? '', rowEdits, ctx);
    if (inner === undefined) continue;
    let attrs = m[1];
    for (const edit of rowEdits) attrs = widenSpans(attrs, edit.col);
    pieces.push({ start: m.index, end: m.index + m[0].length, text: `<${p}row${attrs}>${inner}</${p}row>` });
  }
  // Rows that do not exist yet, each before the first row that follows it.
  for (const [row, rowEdits] of byRow) {
    const next = rowStarts.find((r) => r.row > row);
    const at = next ? next.start : body.length;
    ctx.inherited = columnStyle;
    const cells = [...rowEdits]
      .sort((a, b) => a.col - b.col)
      .map((e) => {
        if (e.restyle) return `<${p}c r="${e.cell}" s="${e.restyle(columnStyle(e.col))}"/>`;
        if (e.formula !== undefined) ctx.formulasChanged = true;
        return cellXml(e, p, undefined);
      });
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

  const refusedSet = new Set(refused.map((r) => r.edit));
  let box: RangeBox | undefined;
  for (const e of edits) {
    if (refusedSet.has(e)) continue;
    box = box
      ? {
          top: Math.min(box.top, e.row),
          left: Math.min(box.left, e.col),
          bottom: Math.max(box.bottom, e.row),
          right: Math.max(box.right, e.col),
        }
      : { top: e.row, left: e.col, bottom: e.row, right: e.col };
  }
  const head = widenDimension(xml.slice(0, open.index), p, box, new RegExp(`<${p}c\\b`).test(body));
  const formulasChanged = ctx.formulasChanged;
  if (open[1]) {
    const tag = open[0].replace(/\s*\/>$/, '>');
    return { xml: head + tag + newBody + closeTag + xml.slice(bodyStart), refused, formulasChanged };
  }
  return { xml: head + xml.slice(open.index, bodyStart) + newBody + xml.slice(bodyEnd), refused, formulasChanged };
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
