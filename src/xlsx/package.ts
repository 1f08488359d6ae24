/**
 * The package (zip) under a spreadsheet, opened without trusting it: the central directory is
 * checked first (zip.ts: entry count, declared sizes, compression ratios, encryption), names
 * must be unique (as Excel compares them: ignoring case), and each part is inflated only when
 * a reader asks for it, in slices, never past the size the directory declared, with its CRC-32
 * checked at the end. Relationships resolve as Excel resolves them: relative to the source
 * part's folder, `../` and `./` normalised, names compared ignoring case.
 * Synchronous and free of Node imports: the same code runs in the browser.
 */
import { XlsxReadError, formatCount } from './errors';
import type { ReadLimits } from './read-limits';
import { XmlError, XmlScanner, type XmlAttributes, type XmlSink } from './xml';
import { METHOD_STORED, corruptError, entryData, readCentralDirectory, type ZipEntry } from './zip';

/** A stored part is handed over in slices of this size. */
const INFLATE_SLICE = 64 * 1024;
/**
 * Output handed to the scanner at a time when a whole part was inflated at once. Node decodes
 * UTF-8 slices of up to 64 KiB some thirty times faster than larger ones (4 MB of sheet XML:
 * 0.4 ms in 64 KiB slices, 13 ms in 1 MiB slices), so the slices stay that small.
 */
const SCAN_SLICE = 64 * 1024;

/**
 * A platform's own zlib, when it has one (Node's is several times faster than fflate's
 * JavaScript inflate): `inflateRaw` inflates a whole part and must throw, not truncate, when the
 * output would pass `maxLength` bytes; `crc32` continues a CRC-32 as crc32() below does.
 */
export interface NativeZlib {
  inflateRaw(data: Uint8Array, maxLength: number): Uint8Array;
  crc32(data: Uint8Array, previous: number): number;
}

let crcTable: Int32Array | undefined;

function makeCrcTable(): Int32Array {
  const table = new Int32Array(256 * 4);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  // Slicing by four: four bytes per step.
  for (let n = 0; n < 256; n++) {
    let c = table[n];
    for (let k = 1; k < 4; k++) {
      c = table[c & 0xff] ^ (c >>> 8);
      table[k * 256 + n] = c;
    }
  }
  return table;
}

/** Continues a CRC-32 (start with 0) over `data`. */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = (crcTable ??= makeCrcTable());
  let c = ~previous;
  let i = 0;
  const end4 = data.length - (data.length % 4);
  for (; i < end4; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

export interface Relationship {
  id: string;
  /** The relationship type's last segment ("worksheet", "sharedStrings", "officeDocument"…). */
  type: string;
  /** The target part's name in the package, resolved; undefined for an external target. */
  part?: string;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels"; "" → "_rels/.rels". */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target against its source part, as a package part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  let path = target.replace(/\\/g, '/');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray "%" is part of the name.
  }
  const base = path.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

class RelationshipsSink implements XmlSink {
  wantText = false;
  readonly list: Relationship[] = [];
  constructor(private readonly source: string) {}
  open(name: string, a: XmlAttributes): void {
    if (name !== 'Relationship') return;
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || target === undefined) return;
    const type = (a.get('Type') ?? '').replace(/\/+$/, '');
    const external = (a.get('TargetMode') ?? '').toLowerCase() === 'external';
    this.list.push({
      id,
      type: type.slice(type.lastIndexOf('/') + 1),
      part: external ? undefined : resolveTarget(this.source, target),
    });
  }
  close(): void {}
  text(): void {}
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * UTF-8 chunks to text. A whole-buffer decode is several times faster than a streaming one, so
 * each chunk is cut after its last complete character and the few bytes left wait for the next.
 */
class Utf8Chunks {
  private rest: Uint8Array | undefined;

  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.rest) {
      bytes = new Uint8Array(this.rest.length + chunk.length);
      bytes.set(this.rest);
      bytes.set(chunk, this.rest.length);
      this.rest = undefined;
    }
    // Back over at most three continuation bytes to the start of the last character.
    let cut = bytes.length;
    let back = cut - 1;
    while (back >= 0 && back >= bytes.length - 4 && (bytes[back] & 0xc0) === 0x80) back--;
    if (back >= 0) {
      const lead = bytes[back];
      const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      if (back + needed > bytes.length) cut = back;
    }
    if (cut < bytes.length) this.rest = bytes.slice(cut);
    return utf8.decode(cut === bytes.length ? bytes : bytes.subarray(0, cut));
  }

  end(): string {
    const rest = this.rest;
    this.rest = undefined;
    return rest ? utf8.decode(rest) : '';
  }
}

/** What reads a whole part before it is scanned: its bytes in order, then the end. */
export interface PartPreview {
  chunk(bytes: Uint8Array): void;
  end(): void;
}

export class XlsxPackage {
  private readonly byName = new Map<string, ZipEntry>();
  /** Elements scanned in every part so far (checked against the limit). */
  elements = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
    entries: readonly ZipEntry[] = readCentralDirectory(bytes, limits),
    private readonly zlib?: NativeZlib,
  ) {
    for (const entry of entries) {
      const key = entry.name.toLowerCase();
      if (this.byName.has(key)) {
        throw corruptError(`la parte ${entry.name} aparece dos veces`, `the part ${entry.name} appears twice`);
      }
      this.byName.set(key, entry);
    }
  }

  /** The entry of a part, its name compared ignoring case (a leading "/" allowed). */
  entry(part: string): ZipEntry | undefined {
    return this.byName.get(part.replace(/^\/+/, '').toLowerCase());
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  /**
   * Inflates a part slice by slice, handing each chunk over. Stops with a zip-bomb error as soon
   * as it outgrows its declared size; a short part, bad deflate data or a CRC-32 that does not
   * match is a damaged file. `preview`, when given, sees the whole part before `onChunk` sees
   * any of it: from the inflated buffer when the part is whole in memory (stored, or Node's
   * zlib), else from a first inflating pass of its own.
   */
  inflate(part: string, onChunk: (chunk: Uint8Array) => void, preview?: PartPreview): void {
    const entry = this.entry(part);
    if (!entry) throw corruptError(`falta la parte ${part}`, `the part ${part} is missing`);
    const data = entryData(this.bytes, entry);
    const checksum = this.zlib?.crc32 ?? crc32;
    let crc = 0;
    let produced = 0;
    const take = (chunk: Uint8Array): void => {
      produced += chunk.length;
      if (produced > entry.uncompressedSize) throw zipBomb(entry);
      crc = checksum(chunk, crc);
      onChunk(chunk);
    };
    if (entry.method === METHOD_STORED) {
      if (data.length !== entry.uncompressedSize) {
        throw corruptError(`el tamaño de ${entry.name} no cuadra`, `the size of ${entry.name} does not match`);
      }
      preview?.chunk(data);
      preview?.end();
      for (let at = 0; at < data.length; at += INFLATE_SLICE) take(data.subarray(at, at + INFLATE_SLICE));
    } else if (this.zlib) {
      let whole: Uint8Array;
      try {
        // One byte of room past the declared size: more than that is refused by zlib itself.
        whole = this.zlib.inflateRaw(data, entry.uncompressedSize + 1);
      } catch (error) {
        if (error instanceof RangeError) throw zipBomb(entry);
        throw corruptError(`no se puede descomprimir ${entry.name}`, `${entry.name} cannot be inflated`);
      }
      // take() refuses the same, slice by slice; the preview reads the whole part before it.
      if (whole.length > entry.uncompressedSize) throw zipBomb(entry);
      preview?.chunk(whole);
      preview?.end();
      for (let at = 0; at < whole.length; at += SCAN_SLICE) take(whole.subarray(at, at + SCAN_SLICE));
    } else {
      if (preview) {
        this.inflate(part, (chunk) => preview.chunk(chunk));
        preview.end();
      }
      // fflate loads here, the first time a part is inflated without a native zlib.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { inflateStream } = require('./stream-inflate') as typeof import('./stream-inflate');
      try {
        inflateStream(data, take);
      } catch (error) {
        if (error instanceof XlsxReadError || error instanceof XmlError) throw error;
        throw corruptError(`no se puede descomprimir ${entry.name}`, `${entry.name} cannot be inflated`);
      }
    }
    if (produced !== entry.uncompressedSize) {
      throw corruptError(`${entry.name} está incompleto`, `${entry.name} is incomplete`);
    }
    if (crc !== entry.crc32) {
      throw corruptError(`${entry.name} no pasa la comprobación CRC-32`, `${entry.name} fails its CRC-32 check`);
    }
  }

  /**
   * Scans a part's XML into a sink as it inflates. XML errors surface as XmlError (the caller
   * decides whether one part's damage takes the workbook down); package damage as XlsxReadError.
   */
  scan(part: string, sink: XmlSink, preview?: PartPreview): void {
    const scanner = new XmlScanner(sink);
    const decoder = new Utf8Chunks();
    const maxElements = this.limits.maxElements;
    const before = this.elements;
    const count = (): void => {
      this.elements = before + scanner.elements;
      if (this.elements > maxElements) throw tooManyElements(this.elements, this.limits);
    };
    this.inflate(
      part,
      (chunk) => {
        scanner.feed(decoder.decode(chunk));
        count();
      },
      preview,
    );
    scanner.feed(decoder.end());
    scanner.finish();
    count();
  }

  /** The relationships of a part (empty when it has none or they cannot be read). */
  relationships(part: string): Relationship[] {
    const relsPart = relationshipsPartOf(part);
    if (!this.has(relsPart)) return [];
    const sink = new RelationshipsSink(part);
    try {
      this.scan(relsPart, sink);
    } catch (error) {
      if (error instanceof XmlError) return sink.list;
      throw error;
    }
    return sink.list;
  }
}

function zipBomb(entry: ZipEntry): XlsxReadError {
  return new XlsxReadError(
    'zip-bomb',
    `el archivo parece una bomba zip: ${entry.name} se expande más de lo que declara el zip`,
    `the file looks like a zip bomb: ${entry.name} expands beyond its declared size`,
  );
}

export function tooManyElements(count: number, limits: ReadLimits): XlsxReadError {
  return new XlsxReadError(
    'too-many-cells',
    `el libro tiene demasiados elementos XML (${formatCount(count)} o más; máximo ${formatCount(limits.maxElements)})`,
    `the workbook has too many XML elements (${formatCount(count)} or more; at most ${formatCount(limits.maxElements)})`,
  );
}
