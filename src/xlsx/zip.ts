/**
 * The zip container of an .xlsx, read without trusting it: the central directory is parsed and
 * checked (entry count, declared sizes, compression ratios) *before* anything is inflated, and
 * inflation itself stops as soon as a part outgrows what the directory declared, so a zip bomb
 * or a lying directory ends in a clear error instead of a hang or an out-of-memory crash.
 * Browser and Node alike: inflation uses the standard DecompressionStream.
 */
import { XlsxReadError, formatCount, formatMegabytes } from './errors';
import type { ReadLimits } from './read-limits';

export interface ZipEntry {
  name: string;
  /** The name as stored (CP437 or UTF-8, per bit 11 of `flags`). */
  nameBytes: Uint8Array;
  crc32: number;
  method: number;
  flags: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_BYTES = 22;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_BYTES = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_BYTES = 30;
const ZIP64_SIZE = 0xffffffff;
const ZIP64_COUNT = 0xffff;
export const METHOD_STORED = 0;
export const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
const MAX_COMMENT_BYTES = 0xffff;

export function corruptError(es: string, en: string): XlsxReadError {
  return new XlsxReadError(
    'corrupt',
    `el archivo está dañado o incompleto (${es}); vuelva a guardarlo desde Excel`,
    `the file is damaged or truncated (${en}); save it again from Excel`,
  );
}

export function hasZipMagic(bytes: Uint8Array): boolean {
  // "PK\3\4" (a local header) or "PK\5\6" (an empty archive).
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function dataView(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');

/** Reads and checks the central directory; inflates nothing. */
export function readCentralDirectory(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  const view = dataView(bytes);
  const lowest = Math.max(0, bytes.length - EOCD_BYTES - MAX_COMMENT_BYTES);
  let eocd = -1;
  for (let i = bytes.length - EOCD_BYTES; i >= lowest; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corruptError('falta el directorio del zip', 'the zip directory is missing');

  const totalEntries = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (totalEntries === ZIP64_COUNT || directoryOffset === ZIP64_SIZE) {
    // ZIP64 is only needed beyond 65,535 parts or 4 GB: far past every limit below.
    throw tooManyEntries(totalEntries, limits);
  }
  if (totalEntries > limits.maxEntries) throw tooManyEntries(totalEntries, limits);
  if (directoryOffset + directorySize > eocd) {
    throw corruptError('el directorio del zip apunta fuera del archivo', 'the zip directory points past the file');
  }

  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  let declaredTotal = 0;
  for (let i = 0; i < totalEntries; i++) {
    if (offset + CENTRAL_HEADER_BYTES > eocd || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) {
      throw corruptError('una entrada del directorio del zip es inválida', 'a zip directory entry is invalid');
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const crc32 = view.getUint32(offset + 16, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const uncompressedSize = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localHeaderOffset = view.getUint32(offset + 42, true);
    const nameBytes = bytes.subarray(offset + CENTRAL_HEADER_BYTES, offset + CENTRAL_HEADER_BYTES + nameLength);
    // Bit 11 says UTF-8; otherwise the name is CP437, close enough to latin1 for part names.
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    offset += CENTRAL_HEADER_BYTES + nameLength + extraLength + commentLength;

    if (uncompressedSize === ZIP64_SIZE || compressedSize === ZIP64_SIZE) throw zipBomb(name, limits);
    if (flags & FLAG_ENCRYPTED) {
      throw new XlsxReadError(
        'encrypted',
        'el archivo está protegido con contraseña; quite la contraseña en Excel y vuelva a guardarlo',
        'the file is password-protected; remove the password in Excel and save it again',
      );
    }
    if (method !== METHOD_STORED && method !== METHOD_DEFLATE) {
      throw corruptError(`compresión ${method} no admitida en ${name}`, `unsupported compression ${method} in ${name}`);
    }
    if (localHeaderOffset + LOCAL_HEADER_BYTES > bytes.length) {
      throw corruptError('una parte del zip está fuera del archivo', 'a zip part lies past the end of the file');
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) throw zipBomb(name, limits, declaredTotal);
    const ratio = uncompressedSize / Math.max(1, compressedSize);
    if (uncompressedSize > limits.ratioCheckBytes && ratio > limits.maxCompressionRatio) {
      throw zipBomb(name, limits, uncompressedSize, ratio);
    }
    entries.push({ name, nameBytes, crc32, method, flags, compressedSize, uncompressedSize, localHeaderOffset });
  }
  return entries;
}

function tooManyEntries(count: number, limits: ReadLimits): XlsxReadError {
  return new XlsxReadError(
    'too-many-entries',
    `el archivo contiene demasiadas partes (${formatCount(count)}; máximo ${formatCount(limits.maxEntries)})`,
    `the file holds too many parts (${formatCount(count)}; at most ${formatCount(limits.maxEntries)})`,
  );
}

export function zipBomb(name: string, limits: ReadLimits, bytes?: number, ratio?: number): XlsxReadError {
  if (ratio !== undefined) {
    return new XlsxReadError(
      'zip-bomb',
      `el archivo parece una bomba zip: ${name} se expande ${Math.round(ratio)} veces (máximo ${limits.maxCompressionRatio})`,
      `the file looks like a zip bomb: ${name} expands ${Math.round(ratio)} times (at most ${limits.maxCompressionRatio})`,
    );
  }
  const size = bytes === undefined ? 'más de 4 GB' : formatMegabytes(bytes);
  return new XlsxReadError(
    'zip-bomb',
    `el archivo se expande a ${size} al descomprimirlo (máximo ${formatMegabytes(limits.maxUncompressedBytes)})`,
    `the file expands to ${bytes === undefined ? 'over 4 GB' : formatMegabytes(bytes)} (at most ${formatMegabytes(limits.maxUncompressedBytes)})`,
  );
}

/** The compressed bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = dataView(bytes);
  const at = entry.localHeaderOffset;
  if (view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw corruptError(`la cabecera de ${entry.name} es inválida`, `the header of ${entry.name} is invalid`);
  }
  const start = at + LOCAL_HEADER_BYTES + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) {
    throw corruptError(`${entry.name} está cortado`, `${entry.name} is cut short`);
  }
  return bytes.subarray(start, end);
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
