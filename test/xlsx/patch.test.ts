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

describe('patchSheetXml and <dimension>', () => {
  const at = (cell: string, row: number, col: number) => ({ cell, row, col, value: 1 });

  it('widens the dimension to take in a cell written outside it, and leaves it when inside', () => {
    const sheet = `<worksheet><dimension ref="A1:C4"/>${SHEET_DATA}</worksheet>`;
    expect(patchSheetXml(sheet, [at('E9', 8, 4)]).xml).toContain('<dimension ref="A1:E9"/>');
    expect(patchSheetXml(sheet, [at('B2', 1, 1)]).xml).toContain('<dimension ref="A1:C4"/>');
  });

  it('an empty sheet ("A1", no cells) takes the written cells as its whole extent', () => {
    const { xml } = patchSheetXml('<worksheet><dimension ref="A1"/><sheetData/></worksheet>', [
      at('C3', 2, 2),
      at('D5', 4, 3),
    ]);
    expect(xml).toContain('<dimension ref="C3:D5"/>');
  });

  it('a style edit keeps the content and sets s from the current style, the row’s or the column’s', () => {
    const sheet =
      '<worksheet><cols><col min="2" max="3" style="7"/></cols><sheetData>' +
      '<row r="1"><c r="A1" s="2"><v>1</v></c></row><row r="2" s="5" customFormat="1"><c r="A2"><v>2</v></c></row>' +
      '</sheetData></worksheet>';
    const seen: (string | undefined)[] = [];
    const restyle = (s: string | undefined) => {
      seen.push(s);
      return `9${s ?? ''}`;
    };
    const { xml } = patchSheetXml(sheet, [
      { cell: 'A1', row: 0, col: 0, restyle },
      { cell: 'B1', row: 0, col: 1, restyle },
      { cell: 'B2', row: 1, col: 1, restyle },
      { cell: 'A2', row: 1, col: 0, restyle },
      { cell: 'B4', row: 3, col: 1, restyle },
    ]);
    expect(xml).toContain('<row r="1"><c r="A1" s="92"><v>1</v></c><c r="B1" s="97"/></row>');
    expect(xml).toContain('<c r="A2" s="9"><v>2</v></c><c r="B2" s="95"/>');
    expect(xml).toContain('<row r="4"><c r="B4" s="97"/></row>');
    expect(seen.sort()).toEqual(['2', '5', '7', '7', undefined]);
  });
});

describe('patchXlsx and calcChain.xml', () => {
  const withChain = (): Uint8Array => {
    const parts = minimalWorkbookParts(SHEET_DATA).map((part) => {
      if (part.name === '[Content_Types].xml') {
        return {
          ...part,
          data: String(part.data).replace(
            '</Types>',
            '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
          ),
        };
      }
      if (part.name === 'xl/_rels/workbook.xml.rels') {
        return {
          ...part,
          data: String(part.data).replace(
            '</Relationships>',
            '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
          ),
        };
      }
      return part;
    });
    parts.push({
      name: 'xl/calcChain.xml',
      data: '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A3" i="1"/><c r="A4"/></calcChain>',
    });
    return buildZip(parts);
  };

  it('keeps the chain when no cell gains or loses a formula', async () => {
    const { bytes } = patchXlsx(withChain(), [
      { sheet: 'Hoja1', cell: 'A1', value: 3 },
      { sheet: 'Hoja1', cell: 'A4', formula: '=A2*2' },
    ]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(zip.file('xl/calcChain.xml')).not.toBeNull();
  });

  it('drops the chain, its relationship and its content type when a formula appears', async () => {
    const { bytes, applied } = patchXlsx(withChain(), [{ sheet: 'Hoja1', cell: 'B2', formula: '=A1+1' }]);
    expect(applied).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(zip.file('xl/calcChain.xml')).toBeNull();
    expect(await zip.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
    expect(await zip.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<c r="B2"><f>A1+1</f></c>');
  });

  it('drops it too when a formula gives way to a value', async () => {
    const { bytes } = patchXlsx(withChain(), [{ sheet: 'Hoja1', cell: 'A4', value: 4 }]);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(zip.file('xl/calcChain.xml')).toBeNull();
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
