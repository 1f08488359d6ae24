import { inspectPackage } from '../support/read-exceljs-package';
import { DEFAULT_READ_LIMITS } from '../../src/xlsx/read-limits';
import { entryData, readCentralDirectory } from '../../src/xlsx/zip';
import { buildXlsx } from '../support/xlsx';

describe('inspectPackage', () => {
  it('hands on a stored copy: same parts, same bytes once inflated, nothing left to inflate', async () => {
    const bytes = await buildXlsx({
      sheets: [
        {
          name: 'Metas',
          rows: [
            ['Producto', 2026],
            ['Vacunas', { formula: '1+1', result: 2 }],
          ],
          merges: ['A4:B4'],
        },
      ],
    });
    const original = readCentralDirectory(bytes, DEFAULT_READ_LIMITS);
    expect(original.some((e) => e.method === 8)).toBe(true);

    const info = await inspectPackage(bytes, DEFAULT_READ_LIMITS);
    const stored = readCentralDirectory(info.stored, DEFAULT_READ_LIMITS);
    expect(stored.map((e) => [e.name, e.uncompressedSize, e.crc32])).toEqual(
      original.map((e) => [e.name, e.uncompressedSize, e.crc32]),
    );
    expect(stored.every((e) => e.method === 0 && e.compressedSize === e.uncompressedSize)).toBe(true);

    const sheet = stored.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    const xml = new TextDecoder().decode(entryData(info.stored, sheet));
    expect(xml).toContain('<mergeCell ref="A4:B4"/>');
    expect(info.declaredCells).toBe((xml.match(/<c[\s>/]/g) ?? []).length);
    expect(info.declaredCells).toBeGreaterThanOrEqual(4);
    expect(info.parts.get('xl/workbook.xml')).toMatch(/<sheet [^>]*name="Metas"/);
  });
});
