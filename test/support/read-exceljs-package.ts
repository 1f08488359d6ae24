/**
 * The package inspection of the ExcelJS reader (test/support/read-exceljs.ts), kept for tests
 * only: check the zip, inflate every part once with DecompressionStream under a bound, count the
 * cells the sheets declare, collect merges and empty cached texts, and hand ExcelJS a copy of
 * the package with every part stored.
 */
import { boxSize, parseRange } from '../../src/core';
import { XlsxReadError, formatCount } from '../../src/xlsx/errors';
import { openZip } from '../../src/xlsx/read-package';
import type { ReadLimits } from '../../src/xlsx/read-limits';
import {
  CENTRAL_HEADER_BYTES,
  CENTRAL_SIGNATURE,
  EOCD_BYTES,
  EOCD_SIGNATURE,
  LOCAL_HEADER_BYTES,
  LOCAL_SIGNATURE,
  METHOD_STORED,
  corruptError,
  entryData,
  type ZipEntry,
} from '../../src/xlsx/zip';

export interface PackageInfo {
  entries: ZipEntry[];
  /** Text of the parts kept verbatim, by part name. */
  parts: Map<string, string>;
  /** Cells declared in the sheets' XML (`<c>` elements), an upper bound of what ExcelJS loads. */
  declaredCells: number;
  /** Merged areas of each worksheet part, as written (ExcelJS is told to skip them). */
  mergesByPart: Map<string, string[]>;
  /** Cells of each worksheet part whose formula's cached result is empty text (ExcelJS loses it). */
  emptyTextByPart: Map<string, Set<string>>;
  /** False on runtimes without DecompressionStream("deflate-raw"): parts were not inflated here. */
  inflated: boolean;
  /** The same package with every part stored uncompressed: what ExcelJS is given. */
  stored: Uint8Array;
}

const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
const KEPT_PARTS = new Set([WORKBOOK_PART, WORKBOOK_RELS_PART, 'docProps/custom.xml', 'docProps/app.xml']);
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Scans a sheet's XML as it inflates: counts the cells (`<c …>` elements) and the cells that
 * merged areas cover, both of which ExcelJS materialises one by one. Text is scanned up to the
 * last "<" of what has arrived, so no tag is split between two chunks.
 */
class SheetXmlScanner {
  cells = 0;
  mergedCells = 0;
  readonly merges: string[] = [];
  readonly emptyTextResults = new Set<string>();
  private readonly decoder = new TextDecoder('utf-8');
  private carry = '';

  feed(chunk: Uint8Array): void {
    const text = this.carry + this.decoder.decode(chunk, { stream: true });
    const cut = text.lastIndexOf('<');
    this.scan(cut < 0 ? text : text.slice(0, cut));
    this.carry = cut < 0 ? '' : text.slice(cut);
  }

  finish(): void {
    this.scan(this.carry + this.decoder.decode());
    this.carry = '';
  }

  private scan(text: string): void {
    // "<c" then a space, ">" or "/": a cell, and not <col>, <cfRule>…
    const cellTag = /<c[\s>/]/g;
    while (cellTag.exec(text)) this.cells++;
    const mergeTag = /<mergeCell\s[^>]*?ref="([^"]*)"/g;
    for (let m = mergeTag.exec(text); m; m = mergeTag.exec(text)) {
      const box = parseRange(m[1]);
      if (box) {
        this.merges.push(m[1]);
        this.mergedCells += boxSize(box);
      }
    }
    // `<c r="E1" t="str"><f>…</f><v></v></c>`: a formula that shows "" (rare, so looked up backwards).
    const emptyValue = /<v\s*\/>|<v><\/v>/g;
    for (let m = emptyValue.exec(text); m; m = emptyValue.exec(text)) {
      const open = text.lastIndexOf('<c ', m.index);
      if (open < 0 || text.lastIndexOf('</c>', m.index) > open) continue;
      const tag = text.slice(open, text.indexOf('>', open) + 1);
      const address = /\sr="([A-Za-z]{1,3}\d{1,7})"/.exec(tag);
      if (address && /\st="str"/.test(tag)) this.emptyTextResults.add(address[1].toUpperCase());
    }
  }
}

export async function inspectPackage(bytes: Uint8Array, limits: ReadLimits): Promise<PackageInfo> {
  const entries = openZip(bytes, limits);

  if (!canInflate()) {
    // Old runtimes: the directory checks stand alone and ExcelJS inflates the original.
    return {
      entries,
      parts: new Map(),
      declaredCells: 0,
      mergesByPart: new Map(),
      emptyTextByPart: new Map(),
      inflated: false,
      stored: bytes,
    };
  }
  const parts = new Map<string, string>();
  const stored = new StoredZipWriter(entries);
  let declaredCells = 0;
  let mergedCells = 0;
  const mergesByPart = new Map<string, string[]>();
  const emptyTextByPart = new Map<string, Set<string>>();
  for (const entry of entries) {
    stored.begin(entry);
    const copy = (chunk: Uint8Array): void => stored.append(chunk);
    if (KEPT_PARTS.has(entry.name)) {
      const chunks: Uint8Array[] = [];
      await inflateEntry(bytes, entry, (chunk) => {
        copy(chunk);
        chunks.push(chunk.slice());
      });
      parts.set(entry.name, decodeChunks(chunks));
    } else if (WORKSHEET_PART.test(entry.name)) {
      const scanner = new SheetXmlScanner();
      await inflateEntry(bytes, entry, (chunk) => {
        copy(chunk);
        scanner.feed(chunk);
      });
      scanner.finish();
      declaredCells += scanner.cells;
      mergedCells += scanner.mergedCells;
      if (declaredCells > limits.maxCells) throw tooManyCells(declaredCells, limits);
      if (mergedCells > limits.maxCells) throw tooManyMerges(mergedCells, limits);
      mergesByPart.set(entry.name, scanner.merges);
      if (scanner.emptyTextResults.size) emptyTextByPart.set(entry.name, scanner.emptyTextResults);
    } else {
      await inflateEntry(bytes, entry, copy);
    }
  }
  return { entries, parts, declaredCells, mergesByPart, emptyTextByPart, inflated: true, stored: stored.finish() };
}

export function tooManyCells(count: number, limits: ReadLimits): XlsxReadError {
  return new XlsxReadError(
    'too-many-cells',
    `el libro tiene demasiadas celdas (${formatCount(count)} o más; máximo ${formatCount(limits.maxCells)})`,
    `the workbook has too many cells (${formatCount(count)} or more; at most ${formatCount(limits.maxCells)})`,
  );
}

function tooManyMerges(mergedCells: number, limits: ReadLimits): XlsxReadError {
  return new XlsxReadError(
    'too-many-cells',
    `el libro tiene demasiadas celdas combinadas (${formatCount(mergedCells)} o más; máximo ${formatCount(limits.maxCells)})`,
    `the workbook has too many merged cells (${formatCount(mergedCells)} or more; at most ${formatCount(limits.maxCells)})`,
  );
}

function decodeChunks(chunks: Uint8Array[]): string {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

// Minimal structural types for the standard DecompressionStream (lib.dom is not part of the
// command line's build, and this is all the reader needs of it).
interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
interface ByteWriter {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
type DecompressionStreamConstructor = new (format: string) => {
  readable: { getReader(): ByteReader };
  writable: { getWriter(): ByteWriter };
};

/** The runtime's DecompressionStream, if it exists and speaks raw deflate (Node ≥ 20.12, current browsers). */
function rawInflater(): DecompressionStreamConstructor | null {
  const Decompression = (globalThis as { DecompressionStream?: DecompressionStreamConstructor }).DecompressionStream;
  if (!Decompression) return null;
  try {
    // Probed on each read (it costs microseconds): older runtimes know only "deflate" and "gzip"
    // and throw here.
    new Decompression('deflate-raw');
    return Decompression;
  } catch {
    return null;
  }
}

/** False on old runtimes: parts cannot be inflated here, only their directory checked. */
export function canInflate(): boolean {
  return rawInflater() !== null;
}

const ignore = (): void => undefined;

/**
 * Inflates one entry chunk by chunk, handing each chunk to `onChunk`, and stops with a zip-bomb
 * error as soon as the output passes what the directory declared (whose total the directory
 * check already bounded). Returns the number of bytes produced.
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  onChunk: (chunk: Uint8Array) => void,
): Promise<number> {
  const data = entryData(bytes, entry);
  if (entry.method === METHOD_STORED) {
    if (data.length !== entry.uncompressedSize) {
      throw corruptError(`el tamaño de ${entry.name} no cuadra`, `the size of ${entry.name} does not match`);
    }
    onChunk(data);
    return data.length;
  }
  const Decompression = rawInflater();
  if (!Decompression) throw new Error('DecompressionStream("deflate-raw") is not available');

  const stream = new Decompression('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  // The writes settle only as the reader drains them; their failures surface through read().
  writer.write(data).catch(ignore);
  writer.close().catch(ignore);
  let produced = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!value) continue;
      produced += value.length;
      if (produced > entry.uncompressedSize) {
        await reader.cancel().catch(ignore);
        throw new XlsxReadError(
          'zip-bomb',
          `el archivo parece una bomba zip: ${entry.name} se expande más de lo que declara el zip`,
          `the file looks like a zip bomb: ${entry.name} expands beyond its declared size`,
        );
      }
      onChunk(value);
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw corruptError(`no se puede descomprimir ${entry.name}`, `${entry.name} cannot be inflated`);
  }
  if (produced !== entry.uncompressedSize) {
    throw corruptError(`${entry.name} está incompleto`, `${entry.name} is incomplete`);
  }
  return produced;
}

/**
 * Writes an uncompressed ("stored") copy of a package while its parts are inflated, so that
 * ExcelJS reads parts that were inflated once, natively and under a bound, and never inflates
 * anything itself: no zip trick can reach its inflater, and no part is inflated twice.
 */
export class StoredZipWriter {
  private readonly out: Uint8Array;
  private readonly view: DataView;
  private readonly localOffsets: number[] = [];
  private position = 0;

  constructor(private readonly entries: readonly ZipEntry[]) {
    let size = EOCD_BYTES;
    for (const entry of entries) {
      size += LOCAL_HEADER_BYTES + CENTRAL_HEADER_BYTES + 2 * entry.nameBytes.length + entry.uncompressedSize;
    }
    this.out = new Uint8Array(size);
    this.view = dataView(this.out);
  }

  /** Starts the next entry (in directory order): its local header. */
  begin(entry: ZipEntry): void {
    const v = this.view;
    const at = this.position;
    this.localOffsets.push(at);
    v.setUint32(at, LOCAL_SIGNATURE, true);
    v.setUint16(at + 4, 20, true); // version needed: 2.0
    v.setUint16(at + 6, entry.flags & 0x800, true); // keep only "name is UTF-8"
    v.setUint16(at + 8, METHOD_STORED, true);
    v.setUint32(at + 14, entry.crc32, true);
    v.setUint32(at + 18, entry.uncompressedSize, true);
    v.setUint32(at + 22, entry.uncompressedSize, true);
    v.setUint16(at + 26, entry.nameBytes.length, true);
    this.out.set(entry.nameBytes, at + LOCAL_HEADER_BYTES);
    this.position = at + LOCAL_HEADER_BYTES + entry.nameBytes.length;
  }

  append(chunk: Uint8Array): void {
    this.out.set(chunk, this.position);
    this.position += chunk.length;
  }

  /** The central directory and its end record; returns the whole archive. */
  finish(): Uint8Array {
    const v = this.view;
    const directoryStart = this.position;
    this.entries.forEach((entry, i) => {
      const at = this.position;
      v.setUint32(at, CENTRAL_SIGNATURE, true);
      v.setUint16(at + 4, 20, true);
      v.setUint16(at + 6, 20, true);
      v.setUint16(at + 8, entry.flags & 0x800, true);
      v.setUint16(at + 10, METHOD_STORED, true);
      v.setUint32(at + 16, entry.crc32, true);
      v.setUint32(at + 20, entry.uncompressedSize, true);
      v.setUint32(at + 24, entry.uncompressedSize, true);
      v.setUint16(at + 28, entry.nameBytes.length, true);
      v.setUint32(at + 42, this.localOffsets[i], true);
      this.out.set(entry.nameBytes, at + CENTRAL_HEADER_BYTES);
      this.position = at + CENTRAL_HEADER_BYTES + entry.nameBytes.length;
    });
    const at = this.position;
    v.setUint32(at, EOCD_SIGNATURE, true);
    v.setUint16(at + 8, this.entries.length, true);
    v.setUint16(at + 10, this.entries.length, true);
    v.setUint32(at + 12, at - directoryStart, true);
    v.setUint32(at + 16, directoryStart, true);
    return this.out.subarray(0, at + EOCD_BYTES);
  }
}
