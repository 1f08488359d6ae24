import { XlsxReadError, type XlsxReadErrorCode } from '../../src/xlsx/errors';
import { nodeZlib } from '../../src/cli/node-zlib';
import type { NativeZlib } from '../../src/xlsx/package';
import { readXlsx } from '../../src/xlsx/read';
import type { ReadLimits } from '../../src/xlsx/read-limits';
import { buildCfb, buildXlsx, buildZip, minimalWorkbookParts } from '../support/xlsx';

async function readError(bytes: Uint8Array, limits?: Partial<ReadLimits>): Promise<XlsxReadError> {
  const started = Date.now();
  try {
    await readXlsx(bytes, { limits });
  } catch (error) {
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error).toBeInstanceOf(XlsxReadError);
    const readError = error as XlsxReadError;
    expect(readError.message).not.toContain('\n');
    expect(readError.messageEn.length).toBeGreaterThan(0);
    return readError;
  }
  throw new Error('readXlsx accepted the input');
}

async function expectCode(bytes: Uint8Array, code: XlsxReadErrorCode, limits?: Partial<ReadLimits>): Promise<string> {
  const error = await readError(bytes, limits);
  expect(error.code).toBe(code);
  return error.message;
}

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let seed = 12345;
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = seed >> 16;
  }
  return bytes;
}

/** Sheet XML with `count` numeric cells in one column. */
function manyCells(count: number): string {
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  return `<sheetData>${rows.join('')}</sheetData>`;
}

describe('readXlsx on bad input', () => {
  it('rejects an empty file', async () => {
    await expectCode(new Uint8Array(0), 'empty');
  });

  it('rejects random bytes', async () => {
    expect(await expectCode(randomBytes(5000), 'not-xlsx')).toMatch(/no es un libro de Excel/);
  });

  it('rejects a CSV file and says how to convert it', async () => {
    const csv = new TextEncoder().encode('Producto;2026;2027\nVacunas;100;200\n');
    expect(await expectCode(csv, 'not-xlsx')).toMatch(/CSV/);
  });

  it('recognises an Excel 97-2003 .xls file', async () => {
    expect(await expectCode(buildCfb(['Workbook', '\u0005SummaryInformation']), 'xls-format')).toMatch(
      /archivo \.xls \(Excel 97-2003\): guárdelo como \.xlsx/,
    );
  });

  it('recognises an OLE2 header even with a damaged directory', async () => {
    const bytes = buildCfb(['Workbook']);
    bytes.fill(0, 0x30, 0x34); // directory start now points at the FAT
    await expectCode(bytes, 'xls-format');
  });

  it('recognises a password-protected workbook (encrypted OOXML in a compound file)', async () => {
    const bytes = buildCfb(['\u0006DataSpaces', 'EncryptionInfo', 'EncryptedPackage']);
    expect(await expectCode(bytes, 'encrypted')).toMatch(/protegido con contraseña/);
  });

  it('rejects a truncated workbook', async () => {
    const bytes = await buildXlsx({ sheets: [{ name: 'S', rows: [[1, 2, 3]] }] });
    await expectCode(bytes.subarray(0, Math.floor(bytes.length / 2)), 'corrupt');
  });

  it('rejects a workbook whose compressed data is damaged', async () => {
    const bytes = buildZip(minimalWorkbookParts(manyCells(200)));
    const damaged = bytes.slice();
    const sheetAt = Buffer.from(damaged).indexOf('xl/worksheets/sheet1.xml');
    for (let i = sheetAt + 40; i < sheetAt + 140; i++) damaged[i] = 0xff;
    await expectCode(damaged, 'corrupt');
  });

  it('rejects a zip that is not a workbook', async () => {
    const bytes = buildZip([{ name: 'notas.txt', data: 'hola' }]);
    expect(await expectCode(bytes, 'not-xlsx')).toMatch(/zip/);
  });

  it('names OpenDocument and binary workbooks', async () => {
    await expectCode(
      buildZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', deflate: false },
        { name: 'content.xml', data: '<x/>' },
      ]),
      'ods-format',
    );
    await expectCode(
      buildZip([
        { name: '[Content_Types].xml', data: '<x/>' },
        { name: 'xl/workbook.bin', data: 'x' },
      ]),
      'xlsb-format',
    );
  });

  it('rejects a zip whose directory declares a huge size, before inflating', async () => {
    const parts = minimalWorkbookParts('<sheetData/>');
    parts[4].declaredSize = 0xfffffff0;
    expect(await expectCode(buildZip(parts), 'zip-bomb')).toMatch(/se expande/);
  });

  it('rejects a highly compressible big part (compression ratio)', async () => {
    const parts = minimalWorkbookParts(`<sheetData/>${' '.repeat(20 * 1024 * 1024)}`);
    const bytes = buildZip(parts);
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(await expectCode(bytes, 'zip-bomb')).toMatch(/bomba zip/);
  });

  it('stops inflating a part that outgrows what its directory declared', async () => {
    const parts = minimalWorkbookParts(`<sheetData/>${' '.repeat(8 * 1024 * 1024)}`);
    parts[4].declaredSize = 1000;
    await expectCode(buildZip(parts), 'zip-bomb');
  });

  it('rejects a file over the size limit', async () => {
    const bytes = await buildXlsx({ sheets: [{ name: 'S', rows: [[1]] }] });
    await expectCode(bytes, 'file-too-large', { maxFileBytes: 1000 });
  });

  it('rejects a workbook over the cell limit, counted before loading', async () => {
    expect(
      await expectCode(buildZip(minimalWorkbookParts(manyCells(500))), 'too-many-cells', { maxCells: 100 }),
    ).toMatch(/demasiadas celdas/);
  });

  // A sheet part of 8 MB or more is counted on its bytes before its cells are built. Its first
  // row is malformed XML: parsed first, the sheet would be unreadable; counted first, the
  // workbook is over the cell limit. Node's zlib inflates the part once for both.
  describe.each([
    ['fflate', undefined],
    ['Node zlib', nodeZlib],
  ])('a big sheet over the cell limit (%s)', (_name, zlib) => {
    const sheetData = `<sheetData><row r="1"><c r="A1"><v>1</c></row>${manyCells(2000).slice('<sheetData>'.length)}`;
    const bytes = buildZip(
      minimalWorkbookParts(sheetData.replace('</sheetData>', `${' '.repeat(8 * 1024 * 1024)}</sheetData>`)),
    );
    const inflated: number[] = [];
    const counting: NativeZlib | undefined = zlib && {
      ...zlib,
      inflateRaw: (data, maxLength) => {
        inflated.push(maxLength);
        return zlib.inflateRaw(data, maxLength);
      },
    };

    it('is refused by the count, before its cells are parsed', async () => {
      inflated.length = 0;
      const error = await readXlsx(bytes, { limits: { maxCells: 1000 }, zlib: counting }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxReadError);
      expect((error as XlsxReadError).code).toBe('too-many-cells');
      expect(inflated.filter((size) => size > 8 * 1024 * 1024)).toHaveLength(zlib ? 1 : 0);
    });

    it('is parsed, once, when the limit allows it', async () => {
      inflated.length = 0;
      const error = await readXlsx(bytes, { limits: { maxCells: 5000 }, zlib: counting }).catch((e: unknown) => e);
      // Its only sheet is malformed: the parse, not the count, refuses it now.
      expect((error as XlsxReadError).code).toBe('corrupt');
      expect((error as XlsxReadError).message).toMatch(/no es XML válido/);
      expect(inflated.filter((size) => size > 8 * 1024 * 1024)).toHaveLength(zlib ? 1 : 0);
    });
  });

  it('reads a big sheet as it reads the same sheet small (its list of cells sized by the count)', async () => {
    // Empty cells are counted as cells but not kept: the list sized ahead is cut to what was kept.
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"/></row>`,
    );
    const small = `<sheetData>${rows.join('')}</sheetData>`;
    const big = small.replace('</sheetData>', `${' '.repeat(8 * 1024 * 1024)}</sheetData>`);
    for (const zlib of [undefined, nodeZlib]) {
      const expected = await readXlsx(buildZip(minimalWorkbookParts(small)), { zlib });
      const actual = await readXlsx(buildZip(minimalWorkbookParts(big)), { zlib });
      expect(actual.sheets[0].cells).toHaveLength(3000);
      expect(Object.keys(actual.sheets[0].cells)).toHaveLength(3000);
      expect(actual).toEqual(expected);
    }
  });

  it('rejects a workbook with too many sheets', async () => {
    const sheets = Array.from({ length: 6 }, (_, i) => ({ name: `H${i}`, rows: [[i]] }));
    await expectCode(await buildXlsx({ sheets }), 'too-many-sheets', { maxSheets: 5 });
  });

  it('rejects merged areas that would cover too many cells', async () => {
    const sheetData =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>';
    await expectCode(buildZip(minimalWorkbookParts(sheetData)), 'too-many-cells');
  });

  it('accepts what it rejects once the limits allow it', async () => {
    const snapshot = await readXlsx(buildZip(minimalWorkbookParts(manyCells(500))), { limits: { maxCells: 1000 } });
    expect(snapshot.sheets[0].cells).toHaveLength(500);
  });
});
