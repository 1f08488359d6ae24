/**
 * The bad input found by fuzzing the ExcelJS reader (issue 9), each as a minimal workbook:
 * sheets that used to vanish, CRC never checked, coordinates past the grid, ranges expanded one
 * by one, empty rows for free, `__proto__` as cell text, third-party warnings on stderr. Also
 * the XML safety rules: no DTD, no entity but the predefined ones.
 */
import { XlsxReadError } from '../../src/xlsx/errors';
import { readXlsx } from '../../src/xlsx/read';
import type { ReadLimits } from '../../src/xlsx/read-limits';
import { validateWorkbook } from '../../src/rules/run';
import { formatText } from '../../src/cli/formatters/text';
import { buildZip, minimalWorkbookParts, type ZipPart } from '../support/xlsx';

const WORKSHEET_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const ONE_CELL = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>';

function part(parts: ZipPart[], name: string): ZipPart {
  const found = parts.find((p) => p.name === name);
  if (!found) throw new Error(`no part ${name}`);
  return found;
}

/** A workbook of two sheets: "Hoja1" (sheet1.xml, one cell) and the second as given. */
function twoSheets(options: {
  sheetTag?: string;
  relationship?: string;
  partName?: string;
  partData?: string;
}): ZipPart[] {
  const parts = minimalWorkbookParts(ONE_CELL);
  const workbook = part(parts, 'xl/workbook.xml');
  workbook.data = String(workbook.data).replace(
    '</sheets>',
    `${options.sheetTag ?? '<sheet name="Metas" sheetId="2" r:id="rId2"/>'}</sheets>`,
  );
  const rels = part(parts, 'xl/_rels/workbook.xml.rels');
  rels.data = String(rels.data).replace(
    '</Relationships>',
    `${options.relationship ?? `<Relationship Id="rId2" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet2.xml"/>`}</Relationships>`,
  );
  if (options.partName !== '') {
    parts.push({
      name: options.partName ?? 'xl/worksheets/sheet2.xml',
      data:
        options.partData ??
        `<worksheet>${'<sheetData><row r="1"><c r="B2"><v>2</v></c></row></sheetData>'}</worksheet>`,
    });
  }
  return parts;
}

async function readError(bytes: Uint8Array, limits?: Partial<ReadLimits>): Promise<XlsxReadError> {
  try {
    await readXlsx(bytes, { limits });
  } catch (error) {
    expect(error).toBeInstanceOf(XlsxReadError);
    expect((error as Error).message).not.toContain('\n');
    return error as XlsxReadError;
  }
  throw new Error('readXlsx accepted the input');
}

function sheetXml(body: string): ZipPart[] {
  return minimalWorkbookParts(body);
}

describe('sheets are never dropped in silence', () => {
  it('a sheet without r:id is named as unreadable; the other sheet is read', async () => {
    const snapshot = await readXlsx(buildZip(twoSheets({ sheetTag: '<sheet name="Metas" sheetId="2"/>' })));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1']);
    expect(snapshot.unreadableSheets).toEqual([{ name: 'Metas', reason: expect.stringMatching(/r:id/) }]);
    const findings = validateWorkbook(snapshot).findings.filter((f) => f.rule === 'structure/unreadable-sheet');
    expect(findings.map((f) => f.sheet)).toEqual(['Metas']);
  });

  it('a sheet whose r:id names no relationship is named as unreadable', async () => {
    const snapshot = await readXlsx(buildZip(twoSheets({ sheetTag: '<sheet name="Metas" sheetId="2" r:id="rId9"/>' })));
    expect(snapshot.unreadableSheets).toEqual([{ name: 'Metas', reason: expect.stringMatching(/rId9/) }]);
  });

  it('an r:id written in another letter case still resolves', async () => {
    const snapshot = await readXlsx(buildZip(twoSheets({ sheetTag: '<sheet name="Metas" sheetId="2" r:id="RID2"/>' })));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1', 'Metas']);
  });

  it('two sheets with the same sheetId are both read', async () => {
    const snapshot = await readXlsx(buildZip(twoSheets({ sheetTag: '<sheet name="Metas" sheetId="1" r:id="rId2"/>' })));
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1', 'Metas']);
    expect(snapshot.sheets[1].cells).toEqual([{ row: 1, col: 1, value: 2 }]);
  });

  it('a target written in another letter case, or through ../ or from the root, resolves as in Excel', async () => {
    for (const target of ['Worksheets/SHEET2.xml', '../xl/worksheets/./sheet2.xml', '/xl/worksheets/sheet2.xml']) {
      const relationship = `<Relationship Id="rId2" Type="${WORKSHEET_TYPE}" Target="${target}"/>`;
      const snapshot = await readXlsx(buildZip(twoSheets({ relationship })));
      expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1', 'Metas']);
      expect(snapshot.unreadableSheets).toBeUndefined();
    }
  });

  it('a missing part is named as unreadable', async () => {
    const snapshot = await readXlsx(buildZip(twoSheets({ partName: '' })));
    expect(snapshot.unreadableSheets).toEqual([{ name: 'Metas', reason: 'falta la parte xl/worksheets/sheet2.xml' }]);
  });

  it('malformed or cut XML in one sheet leaves the others readable', async () => {
    for (const partData of [
      '<worksheet><sheetData><row r="1"><c r="A1"><v>2',
      '<worksheet><sheetData><row></sheetData></worksheet>',
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99</v></c></row></sheetData></worksheet>',
    ]) {
      const snapshot = await readXlsx(buildZip(twoSheets({ partData })));
      expect(snapshot.sheets.map((s) => s.name)).toEqual(['Hoja1']);
      expect(snapshot.unreadableSheets?.map((s) => s.name)).toEqual(['Metas']);
    }
  });

  it('no readable sheet at all, or an empty <sheets/>, is an unreadable file', async () => {
    const parts = minimalWorkbookParts(ONE_CELL).filter((p) => p.name !== 'xl/worksheets/sheet1.xml');
    expect((await readError(buildZip(parts))).message).toMatch(/ninguna hoja.*Hoja1.*falta la parte/);
    const empty = minimalWorkbookParts(ONE_CELL);
    const workbook = part(empty, 'xl/workbook.xml');
    workbook.data = String(workbook.data).replace(/<sheets>.*<\/sheets>/, '<sheets/>');
    expect((await readError(buildZip(empty))).message).toMatch(/no tiene hojas/);
  });
});

describe('damage to the package is an unreadable file', () => {
  it('a one-byte change (t="e" → t="n") fails the CRC-32 check', async () => {
    const parts = sheetXml('<sheetData><row r="1"><c r="A1" t="e"><v>#DIV/0!</v></c></row></sheetData>');
    const sound = buildZip(parts.map((p) => ({ ...p, deflate: false })));
    const snapshot = await readXlsx(sound);
    expect(snapshot.sheets[0].cells[0].value).toEqual({ error: '#DIV/0!' });
    const damaged = sound.slice();
    const text = Buffer.from(damaged).toString('latin1');
    const at = text.indexOf('t="e"');
    damaged[at + 3] = 'n'.charCodeAt(0);
    const error = await readError(damaged);
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/dañado.*CRC-32/);
  });

  it('two entries with the same name (even in another letter case) make a damaged file', async () => {
    const parts = sheetXml(ONE_CELL);
    parts.push({ name: 'XL/Worksheets/Sheet1.xml', data: '<worksheet/>' });
    expect((await readError(buildZip(parts))).message).toMatch(/dañado.*aparece dos veces/);
  });
});

describe('coordinates past the grid', () => {
  it.each([
    ['a row past 1,048,576', '<sheetData><row r="1048577"><c><v>1</v></c></row></sheetData>'],
    ['a row near 2^31', '<sheetData><row r="2147483647"><c r="A2147483647"><v>1</v></c></row></sheetData>'],
    ['a row past 2^32', '<sheetData><row r="4294967297"><c><v>1</v></c></row></sheetData>'],
    ['a cell address past the last row', '<sheetData><row><c r="B1048577"><v>1</v></c></row></sheetData>'],
    ['a column past XFD', '<sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData>'],
    ['a column counted past XFD', `<sheetData><row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row></sheetData>`],
    ['a merged area past the grid', '<sheetData/><mergeCells><mergeCell ref="A1:A1048577"/></mergeCells>'],
  ])('%s is an unreadable file, at once', async (_, body) => {
    const started = Date.now();
    const error = await readError(buildZip(sheetXml(body)));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/fuera de la cuadrícula de Excel/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('the last row and column of the grid are fine', async () => {
    const snapshot = await readXlsx(
      buildZip(sheetXml('<sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData>')),
    );
    expect(snapshot.sheets[0].cells).toEqual([{ row: 1_048_575, col: 16_383, value: 7 }]);
    expect(snapshot.sheets[0].usedRange).toBe('XFD1048576');
  });
});

describe('ranges stay ranges, and every element counts', () => {
  it('<col min="1" max="2000000000"> costs nothing', async () => {
    const started = Date.now();
    const snapshot = await readXlsx(
      buildZip(sheetXml(`<cols><col min="1" max="2000000000" width="9"/></cols>${ONE_CELL}`)),
    );
    expect(snapshot.sheets[0].cells).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('1,000 sheets each with <col min="1" max="16384"> read quickly', async () => {
    const parts = sheetXml(`<cols><col min="1" max="16384" style="1"/></cols>${ONE_CELL}`);
    const sheets: string[] = [];
    const rels: string[] = [];
    for (let i = 1; i <= 1000; i++) {
      sheets.push(`<sheet name="H${i}" sheetId="${i}" r:id="rId${i}"/>`);
      rels.push(`<Relationship Id="rId${i}" Type="${WORKSHEET_TYPE}" Target="worksheets/sheet1.xml"/>`);
    }
    const workbook = part(parts, 'xl/workbook.xml');
    workbook.data = String(workbook.data).replace(/<sheets>.*<\/sheets>/, `<sheets>${sheets.join('')}</sheets>`);
    part(parts, 'xl/_rels/workbook.xml.rels').data =
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
    const started = Date.now();
    const snapshot = await readXlsx(buildZip(parts));
    expect(snapshot.sheets).toHaveLength(1000);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('empty <row> elements count against the element limit', async () => {
    const body = `<sheetData>${'<row/>'.repeat(20_000)}</sheetData>`;
    const error = await readError(buildZip(sheetXml(body)), { maxElements: 10_000 });
    expect(error.code).toBe('too-many-cells');
    expect(error.message).toMatch(/demasiados elementos XML/);
    // Under the limit they are read (and cost no memory: they hold nothing).
    const snapshot = await readXlsx(buildZip(sheetXml(body)));
    expect(snapshot.sheets[0].cells).toEqual([]);
  });

  it('empty <c/> elements count against the cell limit', async () => {
    const body = `<sheetData><row r="1">${'<c/>'.repeat(2_000)}</row></sheetData>`;
    expect((await readError(buildZip(sheetXml(body)), { maxCells: 1_000 })).code).toBe('too-many-cells');
  });
});

describe('cell text is never looked up in a plain object', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'an error cell or a shared string "%s" reads as that text',
    async (text) => {
      const parts = sheetXml(
        `<sheetData><row r="1"><c r="A1" t="e"><v>${text}</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="str"><v>${text}</v></c></row></sheetData>`,
      );
      parts.push({ name: 'xl/sharedStrings.xml', data: `<sst><si><t>${text}</t></si></sst>` });
      const snapshot = await readXlsx(buildZip(parts));
      expect(snapshot.sheets[0].cells.map((c) => c.value)).toEqual([text, text, text]);
      const report = formatText([{ file: 'x.xlsx', ...validateWorkbook(snapshot) }]);
      expect(report).not.toContain('[object Object]');
    },
  );
});

describe('nothing but our own words', () => {
  it('a sheet name over 31 characters and odd parts print nothing on the console', async () => {
    const writes: string[] = [];
    const spies = [
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true)),
      jest.spyOn(console, 'warn').mockImplementation((...args) => void writes.push(args.join(' '))),
      jest.spyOn(console, 'log').mockImplementation((...args) => void writes.push(args.join(' '))),
      jest.spyOn(console, 'error').mockImplementation((...args) => void writes.push(args.join(' '))),
    ];
    try {
      const parts = sheetXml(ONE_CELL);
      const workbook = part(parts, 'xl/workbook.xml');
      workbook.data = String(workbook.data).replace(
        'name="Hoja1"',
        `name="${'Matriz de metas multianuales y anuales 2026'}"`,
      );
      const snapshot = await readXlsx(buildZip(parts));
      expect(snapshot.sheets[0].name).toHaveLength(43);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(writes).toEqual([]);
  });
});

describe('XML safety', () => {
  it('a DTD in the workbook part is an unreadable file; nothing is expanded', async () => {
    const parts = sheetXml(ONE_CELL);
    const workbook = part(parts, 'xl/workbook.xml');
    workbook.data = String(workbook.data).replace('<workbook', '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]><workbook');
    expect((await readError(buildZip(parts))).message).toMatch(/DTD/);
  });

  it('a billion-laughs sheet is unreadable, its neighbour is read', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&lol2;</v></c></row></sheetData></worksheet>';
    const snapshot = await readXlsx(buildZip(twoSheets({ partData: laughs })));
    expect(snapshot.unreadableSheets).toEqual([{ name: 'Metas', reason: expect.stringMatching(/DTD/) }]);
  });

  it('an unknown entity makes the sheet unreadable; predefined and numeric ones are read', async () => {
    const odd = '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row></sheetData></worksheet>';
    expect((await readXlsx(buildZip(twoSheets({ partData: odd })))).unreadableSheets?.[0].reason).toMatch(/&nbsp;/);
    const fine =
      '<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>&lt;&amp;&gt;&quot;&apos;&#241;&#x00D1;</v></c></row></sheetData></worksheet>';
    const snapshot = await readXlsx(buildZip(twoSheets({ partData: fine })));
    expect(snapshot.sheets[1].cells[0].value).toBe('<&>"\'ñÑ');
  });
});
