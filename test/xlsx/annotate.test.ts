/**
 * The annotated copy made by the surgical writer, on packages a spreadsheet application wrote
 * (test/xlsx/fixtures/rico.xlsx, saved by LibreOffice, with a chart, an image, a table and two
 * notes; the same with a chart sheet and a macro project) and on the IGM example (no notes):
 * every entry the annotation did not need is byte for byte the same, every cell keeps its
 * content, marked cells get their fill and a note, cells that had a note keep it, and the
 * "Hallazgos" sheet lists the findings.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { boxSize, cellAddress, parseRange, type Finding, type WorkbookSnapshot } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { annotateXlsx, ANNOTATION_FILLS, listSheetInAppProperties, REPORT_SHEET } from '../../src/xlsx/annotate';
import { sheetPartsOf } from '../../src/xlsx/patch';
import { PackageEdit } from '../../src/xlsx/patch/parts';
import { readStoredEntries } from '../../src/xlsx/patch/zip';
import { readXlsx } from '../../src/xlsx/read';
import { notesOf, strict, withChartSheet, withMacros } from '../support/rich';
import { buildZip, minimalWorkbookParts } from '../support/xlsx';

const rich = new Uint8Array(readFileSync(join(__dirname, 'fixtures/rico.xlsx')));
const example = new Uint8Array(readFileSync(join(__dirname, '../../examples/igm-pom-2026-2030.xlsx')));
const plain = new Uint8Array(readFileSync(join(__dirname, 'fixtures/plano.xlsx')));

const VARIANTS: [string, () => Uint8Array][] = [
  ['rico.xlsx (chart, image, table, notes)', () => rich],
  ['rico.xlsx with a chart sheet and macros (.xlsm)', () => withMacros(withChartSheet(rich))],
  ['the IGM example (no notes at all)', () => example],
  ['plano.xlsx in Strict OOXML namespaces', () => strict(plain)],
  [
    'dinamica.xlsx (a pivot table made by LibreOffice)',
    () => new Uint8Array(readFileSync(join(__dirname, 'fixtures/dinamica.xlsx'))),
  ],
];

/** Parts nothing in an annotation may touch, when the package has them (app.xml lists the sheets: the report's too). */
const PRECIOUS =
  /^(xl\/charts\/|xl\/media\/|xl\/tables\/|xl\/pivotTables\/|xl\/pivotCache\/|xl\/vbaProject\.bin|xl\/chartsheets\/|docProps\/(?!app\.xml$)|xl\/sharedStrings\.xml|xl\/drawings\/drawing\d+\.xml|xl\/drawings\/_rels\/)/;

function cellsOf(snapshot: WorkbookSnapshot, skip: string): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of snapshot.sheets) {
    if (sheet.name === skip) continue;
    for (const { row, col, value, formula, numFmt } of sheet.cells) {
      all.set(`${sheet.name}!${cellAddress(row, col)}`, { value, formula, numFmt });
    }
  }
  return all;
}

/** The marked cells, as annotate marks them (first 50 cells of a range, else its first cell). */
function markedCells(findings: readonly Finding[]): Map<string, Finding['severity']> {
  const order = { error: 0, warning: 1, info: 2 };
  const marks = new Map<string, Finding['severity']>();
  for (const f of findings) {
    const box = parseRange(f.range)!;
    const whole = boxSize(box) <= 50;
    for (let r = box.top; r <= (whole ? box.bottom : box.top); r++) {
      for (let c = box.left; c <= (whole ? box.right : box.left); c++) {
        const key = `${f.sheet}!${cellAddress(r, c)}`;
        const had = marks.get(key);
        if (!had || order[f.severity] < order[had]) marks.set(key, f.severity);
      }
    }
  }
  return marks;
}

describe.each(VARIANTS)('annotated copy of %s', (_label, make) => {
  let original: Uint8Array;
  let findings: Finding[];
  let annotated: Uint8Array;
  let notes: number;

  beforeAll(async () => {
    original = make();
    findings = validateWorkbook(await readXlsx(original)).findings;
    const result = await annotateXlsx(original, findings);
    annotated = result.bytes;
    notes = result.notes;
    expect(result.reportSheet).toBe(REPORT_SHEET);
  });

  it('has findings to mark', () => {
    expect(findings.length).toBeGreaterThan(5);
  });

  it('keeps every entry it did not need byte for byte, and touches only what notes, fills and the report need', async () => {
    const before = readStoredEntries(original).entries;
    const after = new Map(readStoredEntries(annotated).entries.map((e) => [e.name, e]));
    const changed: string[] = [];
    for (const entry of before) {
      const now = after.get(entry.name);
      expect(now).toBeDefined(); // nothing is dropped
      if (!Buffer.from(now!.local).equals(Buffer.from(entry.local))) changed.push(entry.name);
    }
    expect(changed.filter((name) => PRECIOUS.test(name))).toEqual([]);
    for (const name of changed) {
      expect(name).toMatch(
        /^(xl\/worksheets\/sheet\d+\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/styles\.xml|xl\/workbook\.xml|docProps\/app\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml)$/,
      );
    }
    // A worksheet changes only when it has marked cells (its notes' parts likewise).
    const pkg = new PackageEdit(original);
    const parts = sheetPartsOf(pkg.text('xl/workbook.xml'), pkg.text('xl/_rels/workbook.xml.rels'));
    const marked = new Set(findings.map((f) => parts.get(f.sheet)));
    for (const name of changed.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      expect([name, marked.has(name)]).toEqual([name, true]);
    }
    expect(changed.length).toBeLessThan(before.length);
    const added = [...after.keys()].filter((name) => !before.some((e) => e.name === name));
    for (const name of added)
      expect(name).toMatch(
        /^(xl\/worksheets\/sheet\d+\.xml|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels)$/,
      );
    // A zip tool reads it, CRCs checked.
    const zip = await JSZip.loadAsync(annotated, { checkCRC32: true });
    expect(Object.keys(zip.files).length).toBe(before.length + added.length);
  });

  it('keeps every cell’s content, fills the marked cells by severity and leaves the others unfilled as they were', async () => {
    const [a, b] = await Promise.all([readXlsx(original), readXlsx(annotated)]);
    expect(b.unreadableSheets).toBeUndefined();
    const before = cellsOf(a, REPORT_SHEET);
    const after = cellsOf(b, REPORT_SHEET);
    for (const [key, cell] of before) expect([key, after.get(key)]).toEqual([key, cell]);
    const marks = markedCells(findings);
    const fillOf = new Map<string, string | undefined>();
    const fillBefore = new Map<string, string | undefined>();
    for (const sheet of b.sheets)
      for (const c of sheet.cells) fillOf.set(`${sheet.name}!${cellAddress(c.row, c.col)}`, c.style?.fill);
    for (const sheet of a.sheets)
      for (const c of sheet.cells) fillBefore.set(`${sheet.name}!${cellAddress(c.row, c.col)}`, c.style?.fill);
    let styledEmpty = 0;
    for (const [key, severity] of marks) {
      // The reader leaves out a cell that holds nothing: an empty marked cell is checked in the XML.
      if (!fillOf.has(key)) {
        styledEmpty++;
        continue;
      }
      expect([key, fillOf.get(key)?.toUpperCase()]).toEqual([key, ANNOTATION_FILLS[severity].slice(2)]);
    }
    expect(styledEmpty).toBeLessThan(marks.size);
    for (const [key, fill] of fillBefore) if (!marks.has(key)) expect([key, fillOf.get(key)]).toEqual([key, fill]);
    // Cells a mark added (empty before) hold nothing.
    for (const key of marks.keys())
      if (!before.has(key)) expect(after.get(key) ?? { value: null }).toMatchObject({ value: null });
  });

  it('puts a note on every marked cell that had none, and keeps the notes that were there', () => {
    const was = notesOf(original);
    const now = notesOf(annotated);
    const marks = markedCells(findings);
    let fresh = 0;
    for (const key of marks.keys()) {
      if (was.has(key)) expect(now.get(key)).toBe(was.get(key));
      else {
        fresh++;
        expect(now.get(key)).toMatch(/^Planifica\n(Error|Advertencia|Aviso): /);
      }
    }
    for (const [key, text] of was) expect(now.get(key)).toBe(text);
    expect(notes).toBe(fresh);
    expect(fresh).toBeGreaterThan(0);
  });

  it('adds the Hallazgos sheet with one row per finding, linked to its cell, and finds what the original has', async () => {
    const snapshot = await readXlsx(annotated);
    const report = snapshot.sheets.find((s) => s.name === REPORT_SHEET)!;
    expect(report.cells.filter((c) => c.col === 0).map((c) => c.value)[0]).toBe('Gravedad');
    expect(report.cells.filter((c) => c.col === 2 && c.row > 0)).toHaveLength(findings.length);
    const parts = unzipSync(annotated);
    const xml = Object.entries(parts)
      .map(([, data]) => strFromU8(data))
      .find((text) => text.includes('<hyperlink ref="C2"'))!;
    expect((xml.match(/<hyperlink /g) ?? []).length).toBe(findings.length);
    // The engine sees the same mistakes in the copy (the report sheet aside).
    const again = validateWorkbook({ ...snapshot, sheets: snapshot.sheets.filter((s) => s.name !== REPORT_SHEET) });
    const say = (f: Finding) => `${f.rule} ${f.sheet}!${f.range}`;
    expect(again.findings.map(say)).toEqual(findings.map(say));
  });

  it('lists the report sheet in docProps/app.xml after the worksheets, when the original lists its sheets there', () => {
    const before = unzipSync(original)['docProps/app.xml'];
    const after = unzipSync(annotated)['docProps/app.xml'];
    const titlesOf = (xml: string) => {
      const part = /<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(xml)![1];
      const names = [...part.matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => m[1]);
      return { size: Number(/size="(\d+)"/.exec(part)![1]), names };
    };
    if (!before || !strFromU8(before).includes('TitlesOfParts')) {
      expect(after && strFromU8(after)).toBe(before && strFromU8(before));
      return;
    }
    const was = strFromU8(before);
    const now = strFromU8(after);
    const worksheets = /<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)/;
    const count = Number(worksheets.exec(was)![1]);
    const expected = [...titlesOf(was).names];
    expected.splice(count, 0, REPORT_SHEET);
    expect(titlesOf(now)).toEqual({ size: expected.length, names: expected });
    expect(Number(worksheets.exec(now)![1])).toBe(count + 1);
    // Nothing else of the part changes.
    expect(now.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, '')).toBe(
      was.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, ''),
    );
  });
});

describe('listing the report sheet in docProps/app.xml', () => {
  const app = (pairs: string, titles: string[], size = titles.length) =>
    `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="4" baseType="variant">${pairs}</vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${size}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts></Properties>`;
  const pair = (label: string, count: number) =>
    `<vt:variant><vt:lpstr>${label}</vt:lpstr></vt:variant><vt:variant><vt:i4>${count}</vt:i4></vt:variant>`;

  it('goes after the last worksheet of a Spanish Excel, before the named ranges, escaped', () => {
    const xml = app(pair('Hojas de cálculo', 2) + pair('Rangos con nombre', 1), [
      'Metas',
      'Presupuesto',
      'Metas!Print_Titles',
    ]);
    expect(listSheetInAppProperties(xml, 2, 'Hallazgos & más')).toBe(
      app(pair('Hojas de cálculo', 3) + pair('Rangos con nombre', 1), [
        'Metas',
        'Presupuesto',
        'Hallazgos &amp; más',
        'Metas!Print_Titles',
      ]),
    );
  });

  it('finds the worksheets by their count when the heading is in another language; names keep their $', () => {
    const xml = app(pair('Arbeitsblätter', 2), ['A', "Costo $' y $&"]);
    expect(listSheetInAppProperties(xml, 2, 'Hallazgos')).toBe(
      app(pair('Arbeitsblätter', 3), ['A', "Costo $' y $&", 'Hallazgos']),
    );
    expect(listSheetInAppProperties(xml, 5, 'Hallazgos')).toBe(xml);
  });

  it('leaves a list that does not add up, or no list, as it is', () => {
    const wrongSize = app(pair('Worksheets', 2), ['A', 'B'], 3);
    const wrongCount = app(pair('Worksheets', 3), ['A', 'B']);
    const none = '<Properties><Application>LibreOffice</Application></Properties>';
    for (const xml of [wrongSize, wrongCount, none]) expect(listSheetInAppProperties(xml, 2, 'Hallazgos')).toBe(xml);
  });
});

describe('annotating twice', () => {
  it('appends to the notes Planifica wrote, with shape ids of its own and a second report sheet', async () => {
    const findings = validateWorkbook(await readXlsx(example)).findings;
    const once = await annotateXlsx(example, findings.slice(0, 3));
    const twice = await annotateXlsx(once.bytes, findings.slice(3, 6));
    expect(twice.reportSheet).toBe(`${REPORT_SHEET} (2)`);
    const notes = notesOf(twice.bytes);
    const marks = markedCells(findings.slice(0, 6));
    for (const key of marks.keys()) expect(notes.get(key)).toMatch(/^Planifica/);
    const parts = unzipSync(twice.bytes);
    for (const [name, data] of Object.entries(parts)) {
      if (!name.endsWith('.vml')) continue;
      const ids = [...strFromU8(data).matchAll(/ id="(_x0000_s\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe('the annotated copy of every workbook of the formula corpus (saved by LibreOffice)', () => {
  const dir = join(__dirname, '../fixtures/real-world-like');
  const files = readdirSync(dir).filter((name) => name.endsWith('-con-errores.xlsx'));

  it.each(files)('%s: reads back with every cell as it was and a note on each marked cell', async (name) => {
    const original = new Uint8Array(readFileSync(join(dir, name)));
    const before = await readXlsx(original);
    const findings = validateWorkbook(before).findings;
    const { bytes, notes } = await annotateXlsx(original, findings);
    await JSZip.loadAsync(bytes, { checkCRC32: true });
    const after = await readXlsx(bytes);
    expect(after.unreadableSheets).toBeUndefined();
    expect(cellsOf(after, REPORT_SHEET)).toEqual(cellsOf(before, REPORT_SHEET));
    const marks = markedCells(findings);
    expect(notes).toBe(marks.size);
    const written = notesOf(bytes);
    for (const key of marks.keys()) expect(written.get(key)).toMatch(/^Planifica\n/);
  });
});

describe('a bare package (no styles part, no relationship namespace on the sheet)', () => {
  const bare = buildZip(
    minimalWorkbookParts(
      '<sheetData><row r="1"><c r="A1"><v>10</v></c><c r="B1"><v>20</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    ),
  );
  const findings: Finding[] = [
    {
      rule: 'r/x',
      kind: 'total-mismatch',
      severity: 'error',
      sheet: 'Hoja1',
      range: 'B1',
      message: 'B1 & <b>',
      messageId: 'x',
    },
    {
      rule: 'r/y',
      kind: 'missing-field',
      severity: 'info',
      sheet: 'Hoja1',
      range: 'C3',
      message: 'vacía',
      messageId: 'y',
    },
  ];

  it('gets a styles part, a declared namespace, the legacy drawing where the schema wants it, and reads in ExcelJS', async () => {
    const { bytes, cells, notes } = await annotateXlsx(bare, findings);
    expect([cells, notes]).toEqual([2, 2]);
    const parts = unzipSync(bytes);
    const text = (name: string) => strFromU8(parts[name]);
    expect(text('[Content_Types].xml')).toContain('<Override PartName="/xl/styles.xml"');
    expect(text('[Content_Types].xml')).toContain('<Default Extension="vml"');
    expect(text('xl/_rels/workbook.xml.rels')).toMatch(/relationships\/styles" Target="styles.xml"/);
    const sheet = text('xl/worksheets/sheet1.xml');
    expect(sheet).toMatch(
      /^<\?xml[^>]*\?><worksheet xmlns="[^"]*" xmlns:r="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships">/,
    );
    expect(sheet).toMatch(/<\/sheetData><pageMargins [^>]*\/><legacyDrawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(sheet).toMatch(/<\/row><row r="3"><c r="C3" s="\d+"\/><\/row><\/sheetData>/);

    const snapshot = await readXlsx(bytes);
    const b1 = snapshot.sheets[0].cells.find((c) => c.row === 0 && c.col === 1);
    expect(b1).toMatchObject({ value: 20, style: { fill: expect.stringMatching(/^f8cbad$/i) } });
    expect(notesOf(bytes).get('Hoja1!B1')).toBe('Planifica\nError: B1 & <b>');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const hoja = workbook.getWorksheet('Hoja1')!;
    const fill = hoja.getCell('C3').fill;
    expect(fill?.type === 'pattern' ? fill.fgColor?.argb : undefined).toBe(ANNOTATION_FILLS.info);
    expect(hoja.getCell('A1').fill?.type === 'pattern').toBe(false);
    expect(workbook.getWorksheet(REPORT_SHEET)?.getCell('E2').value).toBe('B1 & <b>');
  });
});
