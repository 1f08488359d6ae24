/**
 * First pass over a file that claims to be an .xlsx: say what it really is (an .xls, an
 * encrypted workbook, a .csv, an .ods…), check the zip against the limits, inflate every part
 * once under a bound, count the cells the sheets declare, and keep the small parts the reader
 * needs verbatim (workbook.xml for defined names, custom properties). ExcelJS only sees files
 * that passed.
 */
import { boxSize, parseRange } from '../core';
import { XlsxReadError, formatCount, formatMegabytes } from './errors';
import { classifyCfb, hasCfbMagic } from './read-cfb';
import type { ReadLimits } from './read-limits';
import { StoredZipWriter, canInflate, hasZipMagic, inflateEntry, readCentralDirectory, type ZipEntry } from './zip';

export interface PackageInfo {
  entries: ZipEntry[];
  /** Text of the parts kept verbatim, by part name. */
  parts: Map<string, string>;
  /** Cells declared in the sheets' XML (`<c>` elements), an upper bound of what ExcelJS loads. */
  declaredCells: number;
  /** Merged areas of each worksheet part, as written (ExcelJS is told to skip them: see read.ts). */
  mergesByPart: Map<string, string[]>;
  /** Cells of each worksheet part whose formula's cached result is empty text (ExcelJS loses it). */
  emptyTextByPart: Map<string, Set<string>>;
  /** False on runtimes without DecompressionStream("deflate-raw"): parts were not inflated here. */
  inflated: boolean;
  /** The same package with every part stored uncompressed: what ExcelJS is given (the original on runtimes without DecompressionStream). */
  stored: Uint8Array;
}

const WORKBOOK_PART = 'xl/workbook.xml';
export const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
const KEPT_PARTS = new Set([WORKBOOK_PART, WORKBOOK_RELS_PART, 'docProps/custom.xml', 'docProps/app.xml']);
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;

export function notXlsxError(): XlsxReadError {
  return new XlsxReadError('not-xlsx', 'no es un libro de Excel (.xlsx)', 'not an Excel workbook (.xlsx)');
}

export function sniffNonZip(bytes: Uint8Array): XlsxReadError {
  if (bytes.length === 0) {
    return new XlsxReadError('empty', 'el archivo está vacío', 'the file is empty');
  }
  if (hasCfbMagic(bytes)) {
    const kind = classifyCfb(bytes);
    if (kind === 'encrypted-ooxml') {
      return new XlsxReadError(
        'encrypted',
        'el libro está protegido con contraseña; quite la contraseña en Excel (Archivo > Información > Proteger libro) y vuelva a guardarlo',
        'the workbook is password-protected; remove the password in Excel and save it again',
      );
    }
    if (kind === 'xls') {
      return new XlsxReadError(
        'xls-format',
        'archivo .xls (Excel 97-2003): guárdelo como .xlsx (Libro de Excel) y vuelva a intentarlo',
        '.xls file (Excel 97-2003): save it as .xlsx (Excel Workbook) and try again',
      );
    }
    return new XlsxReadError(
      'not-xlsx',
      'es un documento de Office antiguo, no un libro .xlsx',
      'an old Office document, not an .xlsx workbook',
    );
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512));
  if (
    /^\s*<(\?xml|html|!doctype)/i.test(head) &&
    /<html|<table|urn:schemas-microsoft-com:office:spreadsheet/i.test(head)
  ) {
    return new XlsxReadError(
      'not-xlsx',
      'es una página HTML o XML con extensión de Excel, no un libro .xlsx: ábralo en Excel y guárdelo como .xlsx',
      'an HTML or XML page with an Excel extension, not an .xlsx workbook: open it in Excel and save it as .xlsx',
    );
  }
  if (looksLikeText(bytes)) {
    return new XlsxReadError(
      'not-xlsx',
      'es un archivo de texto (¿CSV?), no un libro .xlsx: ábralo en Excel y guárdelo como .xlsx',
      'a text file (CSV?), not an .xlsx workbook: open it in Excel and save it as .xlsx',
    );
  }
  return notXlsxError();
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control <= sample.length / 100;
}

export function checkKind(entries: readonly ZipEntry[]): void {
  // Part names compare ignoring case, as Excel compares them.
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has(WORKBOOK_PART) && names.has('[content_types].xml')) return;
  if (names.has('xl/workbook.bin')) {
    throw new XlsxReadError(
      'xlsb-format',
      'archivo .xlsb (libro binario de Excel): guárdelo como .xlsx y vuelva a intentarlo',
      '.xlsb file (Excel binary workbook): save it as .xlsx and try again',
    );
  }
  if (names.has('content.xml') && names.has('mimetype')) {
    throw new XlsxReadError(
      'ods-format',
      'archivo de OpenDocument (.ods): guárdelo como .xlsx y vuelva a intentarlo',
      'OpenDocument file (.ods): save it as .xlsx and try again',
    );
  }
  throw new XlsxReadError(
    'not-xlsx',
    'es un archivo zip, pero no un libro de Excel (.xlsx): le falta xl/workbook.xml',
    'a zip file, but not an Excel workbook (.xlsx): xl/workbook.xml is missing',
  );
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
  if (bytes.length > limits.maxFileBytes) {
    throw new XlsxReadError(
      'file-too-large',
      `el archivo es demasiado grande (${formatMegabytes(bytes.length)}; máximo ${formatMegabytes(limits.maxFileBytes)})`,
      `the file is too large (${formatMegabytes(bytes.length)}; at most ${formatMegabytes(limits.maxFileBytes)})`,
    );
  }
  if (!hasZipMagic(bytes)) throw sniffNonZip(bytes);

  const entries = readCentralDirectory(bytes, limits);
  checkKind(entries);

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
