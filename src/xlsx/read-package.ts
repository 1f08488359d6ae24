/**
 * What a file that claims to be an .xlsx really is, before anything is inflated: an .xls, an
 * encrypted workbook, a .csv, an HTML page, an .xlsb, an .ods, or a zip without a workbook. Each
 * answer is an XlsxReadError with a one-line Spanish reason.
 */
import { XlsxReadError, formatMegabytes } from './errors';
import { classifyCfb, hasCfbMagic } from './read-cfb';
import type { ReadLimits } from './read-limits';
import { hasZipMagic, readCentralDirectory, type ZipEntry } from './zip';

const WORKBOOK_PART = 'xl/workbook.xml';

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

/** The checks before anything is inflated: size, what the file really is, its zip directory. */
export function openZip(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
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
  return entries;
}
