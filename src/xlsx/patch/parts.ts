/**
 * A package being patched: the stored entries, the parts whose text changed or that are new, the
 * parts to leave out, and the bookkeeping every new part needs (a free name, a relationship from
 * its source part, a content type). Untouched entries are written back as stored (zip.ts).
 */
import { inflateSync, strFromU8, strToU8 } from 'fflate';
import { relationshipsPartOf, resolveTarget } from '../package';
import { METHOD_STORED } from '../zip';
import { attribute as attributeOf, escapeXml, insertBeforeClose, prefixOf, unescapeXml as decodeXml } from './text';
import { readStoredEntries, writeZip, type StoredEntry } from './zip';

export const CONTENT_TYPES_PART = '[Content_Types].xml';
export const WORKBOOK_PART = 'xl/workbook.xml';

const TRANSITIONAL_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const TRANSITIONAL_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface PartRelationship {
  id: string;
  /** The type's last segment: "worksheet", "comments", "vmlDrawing"… */
  type: string;
  /** The target part, resolved; undefined when external. */
  part?: string;
}

function entryText(entry: StoredEntry): string {
  const header = new DataView(entry.local.buffer, entry.local.byteOffset, entry.local.byteLength);
  const start = 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const data = entry.local.subarray(start, start + entry.compressedSize);
  const raw =
    entry.method === METHOD_STORED ? data : inflateSync(data, { out: new Uint8Array(entry.uncompressedSize) });
  return strFromU8(raw);
}

/** "xl/worksheets/sheet1.xml", "xl/comments2.xml" → "../comments2.xml". */
export function relativeTarget(from: string, to: string): string {
  const source = from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < source.length && common < target.length - 1 && source[common] === target[common]) common++;
  return [...source.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

export class PackageEdit {
  private readonly entries: StoredEntry[];
  private readonly comment: Uint8Array;
  private readonly byName = new Map<string, StoredEntry>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Map<string, string>();
  private readonly removed = new Set<string>();
  readonly strict: boolean;

  /** Throws an XlsxReadError when the package itself cannot be read. */
  constructor(bytes: Uint8Array) {
    const { entries, comment } = readStoredEntries(bytes);
    this.entries = entries;
    this.comment = comment;
    for (const entry of entries) this.byName.set(entry.name, entry);
    this.strict = this.text(WORKBOOK_PART).includes(STRICT_MAIN);
  }

  /** The namespace of SpreadsheetML and of relationship ids, as the workbook uses them. */
  get mainNamespace(): string {
    return this.strict ? STRICT_MAIN : TRANSITIONAL_MAIN;
  }
  get relationshipNamespace(): string {
    return this.strict ? STRICT_REL : TRANSITIONAL_REL;
  }

  has(name: string): boolean {
    if (this.removed.has(name)) return false;
    return this.byName.has(name) || this.changed.has(name);
  }

  /** The part's text as it stands now ("" when absent). */
  text(name: string): string {
    if (this.removed.has(name)) return '';
    const now = this.changed.get(name);
    if (now !== undefined) return now;
    let text = this.texts.get(name);
    if (text === undefined) {
      const entry = this.byName.get(name);
      text = entry ? entryText(entry) : '';
      this.texts.set(name, text);
    }
    return text;
  }

  set(name: string, text: string): void {
    this.removed.delete(name);
    this.changed.set(name, text);
  }

  remove(name: string): void {
    this.changed.delete(name);
    if (this.byName.has(name)) this.removed.add(name);
  }

  /** The first of `make(1)`, `make(2)`… that no part is named (ignoring case, as zip tools do). */
  freeName(make: (n: number) => string): string {
    const taken = new Set([...this.byName.keys(), ...this.changed.keys()].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) {
      const name = make(n);
      if (!taken.has(name.toLowerCase())) return name;
    }
  }

  /** Every part's name (stored and new, not removed). */
  names(): string[] {
    const all = new Set([...this.byName.keys(), ...this.changed.keys()]);
    return [...all].filter((n) => !this.removed.has(n));
  }

  /** The relationships of `source` (from its .rels part). */
  relationships(source: string): PartRelationship[] {
    const xml = this.text(relationshipsPartOf(source));
    const list: PartRelationship[] = [];
    for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
      const id = attributeOf(m[1], 'Id');
      const target = attributeOf(m[1], 'Target');
      if (!id || target === undefined) continue;
      const type = (attributeOf(m[1], 'Type') ?? '').replace(/\/+$/, '');
      const external = (attributeOf(m[1], 'TargetMode') ?? '').toLowerCase() === 'external';
      list.push({
        id,
        type: type.slice(type.lastIndexOf('/') + 1),
        part: external ? undefined : resolveTarget(source, decodeXml(target)),
      });
    }
    return list;
  }

  /** Adds a relationship of `type` (last segment, e.g. "comments") from `source` to `target`; returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const relsPart = relationshipsPartOf(source);
    let xml = this.text(relsPart);
    if (!xml) {
      xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PACKAGE_REL}"></Relationships>`;
    }
    const taken = new Set(this.relationships(source).map((r) => r.id.toLowerCase()));
    let n = taken.size + 1;
    while (taken.has(`rid${n}`)) n++;
    const id = `rId${n}`;
    const p = prefixOf(xml, 'Relationships');
    const element = `<${p}Relationship Id="${id}" Type="${this.relationshipNamespace}/${type}" Target="${escapeXml(
      relativeTarget(source, target),
    )}"/>`;
    this.set(relsPart, insertBeforeClose(xml, `${p}Relationships`, element));
    return id;
  }

  /** Removes the relationships of `source` to `target`. */
  removeRelationshipsTo(source: string, target: string): void {
    const relsPart = relationshipsPartOf(source);
    const xml = this.text(relsPart);
    if (!xml) return;
    const out = xml.replace(
      /<(?:\w+:)?Relationship\b([^>]*?)(?:\/>|>\s*<\/(?:\w+:)?Relationship>)/g,
      (whole, attrs) => {
        const t = attributeOf(attrs as string, 'Target');
        const external = (attributeOf(attrs as string, 'TargetMode') ?? '').toLowerCase() === 'external';
        return !external && t !== undefined && resolveTarget(source, decodeXml(t)) === target ? '' : whole;
      },
    );
    if (out !== xml) this.set(relsPart, out);
  }

  /** Declares the content type of a new part (an Override), unless its extension's Default already says it. */
  addOverride(part: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES_PART);
    const ext = part.slice(part.lastIndexOf('.') + 1).toLowerCase();
    const defaults = [...xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)];
    const byDefault = defaults.find((m) => (attributeOf(m[1], 'Extension') ?? '').toLowerCase() === ext);
    if (byDefault && attributeOf(byDefault[1], 'ContentType') === contentType) return;
    const p = prefixOf(xml, 'Types');
    this.set(
      CONTENT_TYPES_PART,
      insertBeforeClose(
        xml,
        `${p}Types`,
        `<${p}Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`,
      ),
    );
  }

  /** Declares a Default content type for an extension the package does not map yet. */
  addDefault(extension: string, contentType: string): void {
    const xml = this.text(CONTENT_TYPES_PART);
    const defaults = [...xml.matchAll(/<(?:\w+:)?Default\b([^>]*?)\/?>/g)];
    if (defaults.some((m) => (attributeOf(m[1], 'Extension') ?? '').toLowerCase() === extension.toLowerCase())) return;
    const p = prefixOf(xml, 'Types');
    // Defaults come first, as Excel writes them.
    const firstOverride = new RegExp(`<${p}Override\\b`).exec(xml);
    const element = `<${p}Default Extension="${extension}" ContentType="${contentType}"/>`;
    this.set(
      CONTENT_TYPES_PART,
      firstOverride
        ? xml.slice(0, firstOverride.index) + element + xml.slice(firstOverride.index)
        : insertBeforeClose(xml, `${p}Types`, element),
    );
  }

  removeOverride(part: string): void {
    const xml = this.text(CONTENT_TYPES_PART);
    const out = xml.replace(/<(?:\w+:)?Override\b([^>]*?)(?:\/>|>\s*<\/(?:\w+:)?Override>)/g, (whole, attrs) =>
      decodeXml(attributeOf(attrs as string, 'PartName') ?? '').replace(/^\//, '') === part ? '' : whole,
    );
    if (out !== xml) this.set(CONTENT_TYPES_PART, out);
  }

  /** Whether anything changed. */
  get touched(): boolean {
    return this.changed.size > 0 || this.removed.size > 0;
  }

  bytes(): Uint8Array {
    const replaced = new Map<string, Uint8Array>();
    for (const [name, text] of this.changed) replaced.set(name, strToU8(text));
    return writeZip(this.entries, this.comment, replaced, this.removed);
  }
}
