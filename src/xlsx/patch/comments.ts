/**
 * Notes (Excel's legacy comments) added to a worksheet of a package being patched. A note lives
 * in two parts: the comments part (the text, by cell) and a VML drawing (the box Excel shows),
 * both related from the sheet, the VML named by the sheet's `<legacyDrawing>`. A sheet without
 * notes gets both parts, their relationships, content types and the `<legacyDrawing>` element;
 * a sheet with notes gets its new ones appended to its existing parts.
 */
import { cellAddress, parseCell } from '../../core';
import type { PackageEdit } from './parts';
import { attribute, declaredPrefix, escapeXml, insertBeforeClose, prefixOf, schemaPosition } from './text';

export interface NewNote {
  row: number;
  col: number;
  text: string;
}

export const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
export const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
export const NOTE_AUTHOR = 'Planifica';

/** CT_Worksheet's children after `legacyDrawing`. */
const AFTER_LEGACY_DRAWING = [
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const VML_NAMESPACES =
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';
const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';
const SHAPES_PER_BLOCK = 1024;

/** The cells of `sheetPart` that already hold a note (A1 addresses). */
export function notedCells(pkg: PackageEdit, sheetPart: string): Set<string> {
  const part = pkg.relationships(sheetPart).find((r) => r.type === 'comments')?.part;
  const cells = new Set<string>();
  if (!part) return cells;
  for (const m of pkg.text(part).matchAll(/<(?:\w+:)?comment\b([^>]*)>/g)) {
    const pos = parseCell((attribute(m[1], 'ref') ?? '').replace(/\$/g, ''));
    if (pos) cells.add(cellAddress(pos.row, pos.col));
  }
  return cells;
}

function commentXml(note: NewNote, authorId: number, p: string): string {
  const run = (props: string, text: string) =>
    `<${p}r><${p}rPr>${props}<${p}sz val="9"/><${p}color indexed="81"/><${p}rFont val="Tahoma"/><${p}family val="2"/></${p}rPr><${p}t xml:space="preserve">${escapeXml(text)}</${p}t></${p}r>`;
  const [title, ...rest] = note.text.split('\n');
  const body = rest.length ? run('', `\n${rest.join('\n')}`) : '';
  return `<${p}comment ref="${cellAddress(note.row, note.col)}" authorId="${authorId}"><${p}text>${run(`<${p}b/>`, title)}${body}</${p}text></${p}comment>`;
}

function shapeXml(note: NewNote, id: number): string {
  const { row, col } = note;
  const anchor = `${col + 1}, 15, ${Math.max(0, row - 1)}, 10, ${col + 3}, 15, ${row + 3}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:150pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData>` +
    '</v:shape>'
  );
}

/** The shape-id blocks (`o:idmap data`) every VML drawing of the package claims. */
function claimedBlocks(pkg: PackageEdit): Set<number> {
  const blocks = new Set<number>();
  for (const name of pkg.names()) {
    if (!/\.vml$/i.test(name)) continue;
    const xml = pkg.text(name);
    for (const m of xml.matchAll(/<o:idmap\b([^>]*)>/g)) {
      for (const n of (attribute(m[1], 'data') ?? '').split(/[\s,]+/)) if (/^\d+$/.test(n)) blocks.add(Number(n));
    }
    for (const m of xml.matchAll(/\bid="_x0000_s(\d+)"/g)) blocks.add(Math.floor(Number(m[1]) / SHAPES_PER_BLOCK));
  }
  return blocks;
}

/** `count` consecutive free blocks, as `o:idmap data` lists them. */
function freeBlocks(claimed: Set<number>, count: number): number[] {
  for (let start = 1; ; start++) {
    const run = Array.from({ length: count }, (_, i) => start + i);
    if (run.every((b) => !claimed.has(b))) return run;
  }
}

/** The VML drawing with `notes` appended (shape ids from blocks no other drawing uses). */
function appendShapes(pkg: PackageEdit, vml: string, notes: readonly NewNote[]): string {
  const blocks = freeBlocks(claimedBlocks(pkg), Math.ceil((notes.length + 1) / SHAPES_PER_BLOCK));
  const shapes = notes.map((note, i) => shapeXml(note, blocks[0] * SHAPES_PER_BLOCK + 1 + i)).join('');
  const idmap = `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(',')}"/></o:shapelayout>`;
  if (!vml) return `<xml ${VML_NAMESPACES}>${idmap}${NOTE_SHAPETYPE}${shapes}</xml>`;
  let out = vml;
  const idmapTag = /<o:idmap\b([^>]*?)(\/?)>/.exec(out);
  if (idmapTag) {
    const data = attribute(idmapTag[1], 'data') ?? '';
    const listed = `${data ? `${data},` : ''}${blocks.join(',')}`;
    const attrs = / data\s*=/.test(idmapTag[1])
      ? idmapTag[1].replace(/\sdata\s*=\s*("[^"]*"|'[^']*')/, ` data="${listed}"`)
      : `${idmapTag[1]} data="${listed}"`;
    out =
      out.slice(0, idmapTag.index) + `<o:idmap${attrs}${idmapTag[2]}>` + out.slice(idmapTag.index + idmapTag[0].length);
  }
  const hasShapetype = /<v:shapetype\b[^>]*\sid="_x0000_t202"/.test(out);
  const root = /<xml\b[^>]*>/.exec(out);
  if (root && !idmapTag) {
    const at = root.index + root[0].length;
    out = out.slice(0, at) + idmap + out.slice(at);
  }
  return insertBeforeClose(out, 'xml', `${hasShapetype ? '' : NOTE_SHAPETYPE}${shapes}`);
}

/** The comments part with `notes` appended, by author «Planifica» (added to its authors when missing). */
function appendComments(xml: string, namespace: string, notes: readonly NewNote[]): string {
  let out =
    xml || `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${namespace}"></comments>`;
  const p = prefixOf(out, 'comments');
  if (!new RegExp(`<${p}authors\\b`).test(out)) {
    const root = new RegExp(`<${p}comments\\b[^>]*>`).exec(out)!;
    const at = root.index + root[0].length;
    out = out.slice(0, at) + `<${p}authors></${p}authors>` + out.slice(at);
  }
  const authors = [...out.matchAll(new RegExp(`<${p}author\\b[^>]*?(?:\\/>|>([\\s\\S]*?)<\\/${p}author>)`, 'g'))].map(
    (m) => m[1] ?? '',
  );
  let authorId = authors.indexOf(NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    out = insertBeforeClose(out, `${p}authors`, `<${p}author>${NOTE_AUTHOR}</${p}author>`);
  }
  if (!new RegExp(`<${p}commentList\\b`).test(out)) out = insertBeforeClose(out, `${p}comments`, `<${p}commentList/>`);
  return insertBeforeClose(out, `${p}commentList`, notes.map((n) => commentXml(n, authorId, p)).join(''));
}

/** The worksheet XML with `<legacyDrawing r:id>` where the schema puts it. */
function withLegacyDrawing(sheetXml: string, id: string, relNamespace: string): string {
  const { xml, prefix } = declaredPrefix(sheetXml, 'worksheet', relNamespace);
  const p = prefixOf(xml, 'worksheet');
  const at = schemaPosition(xml, p, 'worksheet', AFTER_LEGACY_DRAWING);
  if (at < 0) return sheetXml;
  return xml.slice(0, at) + `<${p}legacyDrawing ${prefix}:id="${id}"/>` + xml.slice(at);
}

/**
 * Adds `notes` to the worksheet `sheetPart` (cells that hold a note already are the caller's to
 * leave out). Returns the names of the comments and VML parts written.
 */
export function addNotes(
  pkg: PackageEdit,
  sheetPart: string,
  notes: readonly NewNote[],
): { comments: string; vml: string } | undefined {
  if (notes.length === 0) return undefined;
  const rels = pkg.relationships(sheetPart);
  let comments = rels.find((r) => r.type === 'comments')?.part;
  if (comments && !pkg.has(comments)) comments = undefined;
  const sheetXml = pkg.text(sheetPart);
  const p = prefixOf(sheetXml, 'worksheet');
  const legacy = new RegExp(`<${p}legacyDrawing\\b([^>]*?)\\/?>`).exec(sheetXml);
  const legacyId = legacy ? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(legacy[1])?.[1] : undefined;
  let vml = legacyId ? rels.find((r) => r.id === legacyId && r.type === 'vmlDrawing')?.part : undefined;
  if (vml && !pkg.has(vml)) vml = undefined;

  if (!comments) {
    comments = pkg.freeName((n) => `xl/comments${n}.xml`);
    pkg.set(comments, '');
    pkg.addRelationship(sheetPart, 'comments', comments);
    pkg.addOverride(comments, COMMENTS_TYPE);
  }
  pkg.set(comments, appendComments(pkg.text(comments), pkg.mainNamespace, notes));

  if (!vml) {
    vml = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    pkg.set(vml, '');
    const id = pkg.addRelationship(sheetPart, 'vmlDrawing', vml);
    pkg.addDefault('vml', VML_TYPE);
    const current = pkg.text(sheetPart);
    // A sheet that names a legacy drawing Planifica could not find: point it at the new one.
    const stale = new RegExp(`<${p}legacyDrawing\\b[^>]*?\\/?>(?:\\s*<\\/${p}legacyDrawing>)?`).exec(current);
    const without = stale ? current.slice(0, stale.index) + current.slice(stale.index + stale[0].length) : current;
    pkg.set(sheetPart, withLegacyDrawing(without, id, pkg.relationshipNamespace));
  }
  pkg.set(vml, appendShapes(pkg, pkg.text(vml), notes));
  return { comments, vml };
}
