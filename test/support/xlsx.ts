/**
 * Builds real .xlsx files in tests, with ExcelJS: a workbook from readable tables, with formulas
 * and their cached results, shared and array formulas, merges, rich text, dates, styles, hidden
 * sheets, defined names and properties. Returns the bytes (nothing touches the disk).
 */
import ExcelJS from 'exceljs';
import zlib from 'node:zlib';

export type XlsxCellSpec =
  | string
  | number
  | boolean
  | Date
  | null
  | undefined
  | { formula: string; result?: string | number | boolean | { error: string } }
  | { sharedFormula: string; result?: number }
  | { arrayFormula: string; ref: string; result?: number }
  | { richText: string[] }
  | { text: string; hyperlink: string }
  | { error: string }
  | { value: XlsxCellSpec; numFmt?: string; bold?: boolean; indent?: number; fill?: string };

export interface XlsxSheetSpec {
  name: string;
  /** Rows from A1 down, cells from column A across. */
  rows: XlsxCellSpec[][];
  merges?: string[];
  hidden?: boolean | 'veryHidden';
}

export interface XlsxBookSpec {
  sheets: XlsxSheetSpec[];
  definedNames?: { name: string; ref: string }[];
  creator?: string;
  title?: string;
}

function setCell(cell: ExcelJS.Cell, spec: XlsxCellSpec): void {
  if (spec === null || spec === undefined) return;
  if (typeof spec !== 'object' || spec instanceof Date) {
    cell.value = spec;
    return;
  }
  if ('value' in spec) {
    setCell(cell, spec.value);
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    if (spec.bold) cell.font = { bold: true };
    if (spec.indent) cell.alignment = { indent: spec.indent };
    if (spec.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${spec.fill}` } };
    return;
  }
  if ('arrayFormula' in spec) {
    // ExcelJS's typings omit fillFormula's fourth argument (the share type).
    const fill = cell.worksheet.fillFormula as (
      range: string,
      formula: string,
      results: () => number,
      type: string,
    ) => void;
    fill.call(cell.worksheet, spec.ref, spec.arrayFormula, () => spec.result ?? 0, 'array');
    return;
  }
  if ('richText' in spec) {
    cell.value = { richText: spec.richText.map((text, i) => ({ text, font: i % 2 ? { bold: true } : {} })) };
    return;
  }
  cell.value = spec as ExcelJS.CellValue;
}

export async function buildXlsx(spec: XlsxBookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  if (spec.creator) workbook.creator = spec.creator;
  if (spec.title) workbook.title = spec.title;
  for (const sheetSpec of spec.sheets) {
    const worksheet = workbook.addWorksheet(sheetSpec.name);
    if (sheetSpec.hidden) worksheet.state = sheetSpec.hidden === 'veryHidden' ? 'veryHidden' : 'hidden';
    sheetSpec.rows.forEach((row, r) => row.forEach((value, c) => setCell(worksheet.getCell(r + 1, c + 1), value)));
    for (const range of sheetSpec.merges ?? []) worksheet.mergeCells(range);
  }
  for (const { name, ref } of spec.definedNames ?? []) workbook.definedNames.add(ref, name);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

// Crafted containers for the bad-input tests: zips whose directory may lie, and OLE2 files.

export interface ZipPart {
  name: string;
  data: string | Uint8Array;
  /** Deflate the data (default) or store it. */
  deflate?: boolean;
  /** Uncompressed size written in the directory, when it should lie. */
  declaredSize?: number;
}

/** A zip archive built byte by byte (only what readers look at: headers, data, directory). */
export function buildZip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
    const deflate = part.deflate ?? true;
    const data = deflate ? zlib.deflateRawSync(raw) : raw;
    const name = Buffer.from(part.name, 'utf8');
    const crc = zlib.crc32(raw);
    const size = part.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a minimal valid workbook, with the given sheet XML body (`<sheetData>…`). */
export function minimalWorkbookParts(sheetData: string): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Hoja1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
        '</Relationships>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `${sheetData}</worksheet>`,
    },
  ];
}

/**
 * A minimal Compound File (OLE2) with one directory sector naming the given streams, as an
 * encrypted .xlsx (EncryptionInfo, EncryptedPackage) or an .xls (Workbook) has.
 */
export function buildCfb(streamNames: string[]): Uint8Array {
  const sector = 512;
  const header = Buffer.alloc(sector);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // sector shift
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c); // FAT in sector 0
  const fat = Buffer.alloc(sector, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  const directorySectors = Math.ceil((streamNames.length + 1) / 4);
  for (let i = 0; i < directorySectors; i++)
    fat.writeUInt32LE(i + 1 < directorySectors ? i + 2 : 0xfffffffe, (i + 1) * 4);
  const directory = Buffer.alloc(directorySectors * sector);
  ['Root Entry', ...streamNames].forEach((name, i) => {
    const at = i * 128;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE((name.length + 1) * 2, at + 0x40);
    directory[at + 0x42] = i === 0 ? 5 : 2;
  });
  return new Uint8Array(Buffer.concat([header, fat, directory]));
}
