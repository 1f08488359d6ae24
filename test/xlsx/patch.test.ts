import JSZip from 'jszip';
import { patchXlsx } from '../../src/xlsx/patch';
import { patchSheetXml, setFullCalcOnLoad } from '../../src/xlsx/patch/sheet';
import { crc32, readStoredEntries } from '../../src/xlsx/patch/zip';
import { readXlsx } from '../../src/xlsx/read';
import { buildZip, minimalWorkbookParts, type ZipPart } from '../support/xlsx';

const SHEET_DATA =
  '<sheetData>' +
  '<row r="1" spans="1:3"><c r="A1" s="2"><v>1</v></c><c r="C1" t="s"><v>0</v></c></row>' +
  '<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">A1*2</f><v>2</v></c></row>' +
  '<row r="4"><c r="A4"><f t="shared" si="0"/><v>0</v></c></row>' +
  '</sheetData>';

function cells(xml: string): string[] {
  return [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
}

describe('patchSheetXml', () => {
  const edit = (
    cell: string,
    row: number,
    col: number,
    content: { formula?: string; value?: string | number | boolean | null },
  ) => ({
    cell,
    row,
    col,
    ...content,
  });

  it('replaces a cell keeping its style, inserts cells and rows in order, and leaves the rest as it was', () => {
    const { xml, refused } = patchSheetXml(SHEET_DATA, [
      edit('A1', 0, 0, { formula: '=SUM(B1:B2)' }),
      edit('B1', 0, 1, { value: '=no es fórmula' }),
      edit('E1', 0, 4, { value: true }),
      edit('B2', 1, 1, { value: 7.5 }),
      edit('A9', 8, 0, { value: 'a < b & "c"' }),
    ]);
    expect(refused).toEqual([]);
    expect(cells(xml)).toEqual(['A1', 'B1', 'C1', 'E1', 'B2', 'A3', 'A4', 'A9']);
    expect(xml).toContain('<row r="1" spans="1:5"><c r="A1" s="2"><f>SUM(B1:B2)</f></c>');
    expect(xml).toContain('<c r="B1" t="inlineStr"><is><t>=no es fórmula</t></is></c><c r="C1" t="s"><v>0</v></c>');
    expect(xml).toContain('<c r="E1" t="b"><v>1</v></c>');
    expect(xml).toContain('<row r="2"><c r="B2"><v>7.5</v></c></row><row r="3">');
    expect(xml).toContain(
      '<row r="9"><c r="A9" t="inlineStr"><is><t>a &lt; b &amp; &quot;c&quot;</t></is></c></row></sheetData>',
    );
    expect(xml).toContain('<row r="3"><c r="A3"><f t="shared" ref="A3:A4" si="0">A1*2</f><v>2</v></c></row>');
  });

  it('refuses the master cell of a shared formula, but rewrites one of its dependents', () => {
    const { xml, refused } = patchSheetXml(SHEET_DATA, [
      edit('A3', 2, 0, { value: 5 }),
      edit('A4', 3, 0, { formula: '=A2*2' }),
    ]);
    expect(refused).toHaveLength(1);
    expect(refused[0].edit.cell).toBe('A3');
    expect(refused[0].reason).toMatch(/fórmula compartida \(A3:A4\)/);
    expect(xml).toContain('<c r="A3"><f t="shared" ref="A3:A4" si="0">A1*2</f><v>2</v></c>');
    expect(xml).toContain('<c r="A4"><f>A2*2</f></c>');
  });

  it('fills an empty sheetData and keeps a namespace prefix', () => {
    const { xml } = patchSheetXml('<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>', [
      edit('B2', 1, 1, { value: 1 }),
    ]);
    expect(xml).toBe(
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row r="2"><x:c r="B2"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
    );
  });
});

describe('setFullCalcOnLoad', () => {
  it('sets the flag on calcPr, or adds calcPr where the schema wants it', () => {
    expect(setFullCalcOnLoad('<workbook><sheets/><calcPr calcId="1"/></workbook>')).toBe(
      '<workbook><sheets/><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>',
    );
    expect(setFullCalcOnLoad('<workbook><calcPr fullCalcOnLoad="0" calcId="1"/></workbook>')).toBe(
      '<workbook><calcPr fullCalcOnLoad="1" calcId="1"/></workbook>',
    );
    expect(setFullCalcOnLoad('<workbook><sheets/><definedNames/><pivotCaches/></workbook>')).toBe(
      '<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><pivotCaches/></workbook>',
    );
    expect(setFullCalcOnLoad('<workbook><sheets/></workbook>')).toBe(
      '<workbook><sheets/><calcPr fullCalcOnLoad="1"/></workbook>',
    );
  });
});

describe('patchXlsx', () => {
  const parts: ZipPart[] = [
    ...minimalWorkbookParts(SHEET_DATA),
    {
      name: 'xl/sharedStrings.xml',
      data: '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>hola</t></si></sst>',
    },
    { name: 'xl/media/image1.png', data: new Uint8Array([137, 80, 78, 71, 1, 2, 3]), deflate: false },
  ];
  const original = buildZip(parts);

  it('rewrites only the touched sheet and workbook.xml; every other entry is copied as stored', async () => {
    const { bytes, applied, refused } = patchXlsx(original, [
      { sheet: 'Hoja1', cell: 'B2', value: 42 },
      { sheet: 'Hoja1', cell: 'A3', value: 1 },
      { sheet: 'Nada', cell: 'A1', value: 1 },
    ]);
    expect(applied.map((e) => e.cell)).toEqual(['B2']);
    expect(refused.map((r) => r.reason)).toEqual([expect.stringMatching(/compartida/), 'no existe la hoja «Nada»']);

    const before = readStoredEntries(original).entries;
    const after = readStoredEntries(bytes).entries;
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    for (const [i, entry] of after.entries()) {
      const touched = entry.name === 'xl/worksheets/sheet1.xml' || entry.name === 'xl/workbook.xml';
      if (!touched) expect(Buffer.from(entry.local).equals(Buffer.from(before[i].local))).toBe(true);
      else expect(Buffer.from(entry.local).equals(Buffer.from(before[i].local))).toBe(false);
    }
    // An independent reader agrees: contents, CRCs, and the edit.
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('<calcPr fullCalcOnLoad="1"/>');
    const snapshot = await readXlsx(bytes);
    const b2 = snapshot.sheets[0].cells.find((c) => c.row === 1 && c.col === 1);
    expect(b2?.value).toBe(42);
  });

  it('leaves the package unchanged when nothing was applied', () => {
    const { bytes } = patchXlsx(original, [{ sheet: 'Hoja1', cell: 'A3', value: 1 }]);
    expect(Buffer.from(bytes).equals(Buffer.from(original))).toBe(true);
  });

  it('computes CRC-32 as zip does', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
