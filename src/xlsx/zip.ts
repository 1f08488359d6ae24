/**
 * The zip container of an .xlsx, read without trusting it: the central directory is parsed and
 * checked (entry count, declared sizes, compression ratios, encryption) *before* anything is
 * inflated, so a zip bomb or a lying directory ends in a clear error instead of a hang or an
 * out-of-memory crash. Inflation itself (bounded by the declared sizes, CRC-checked) is in
 * package.ts.
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

export const EOCD_SIGNATURE = 0x06054b50;
export const EOCD_BYTES = 22;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const CENTRAL_HEADER_BYTES = 46;
export const LOCAL_SIGNATURE = 0x04034b50;
export const LOCAL_HEADER_BYTES = 30;
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
