/**
 * The surgical writer on a workbook saved by a real spreadsheet application (LibreOffice):
 * only the edited cells change (every cell compared), every entry the patch did not need is
 * byte for byte the same, and LibreOffice opens the copy and recalculates it without errors.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { cellAddress, isErrorValue, type WorkbookSnapshot } from '../../src/core';
import { patchXlsx, sheetPartsOf, type PatchEdit } from '../../src/xlsx/patch';
import { readXlsx } from '../../src/xlsx/read';
import { RECALC_TIMEOUT_MS, recalculate } from '../libreoffice/soffice';

jest.setTimeout(3 * RECALC_TIMEOUT_MS);

const GOALS = '9.5 Metas multianuales';
const INDICATORS = '9.1 Indicadores multianual';

const EDITS: PatchEdit[] = [
  { sheet: INDICATORS, cell: 'Q10', formula: '=SUM(G10,I10,K10,M10,O10)' },
  { sheet: GOALS, cell: 'D26', formula: '=SUM(D8,D10,D13,D16,D20,D24)' },
  { sheet: GOALS, cell: 'Z8', value: 5 },
  { sheet: GOALS, cell: 'B200', value: '=no es una fórmula' },
];

function cellsOf(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const all = new Map<string, unknown>();
  for (const sheet of snapshot.sheets) {
    for (const { row, col, ...rest } of sheet.cells) all.set(`${sheet.name}!${cellAddress(row, col)}`, rest);
  }
  return all;
}

let original: Uint8Array;
let patched: Uint8Array;

beforeAll(async () => {
  const example = new Uint8Array(readFileSync(join(__dirname, '../../examples/igm-pom-2026-2030.xlsx')));
  original = await recalculate(example); // saved by LibreOffice
  const result = patchXlsx(original, EDITS);
  expect(result.refused).toEqual([]);
  patched = result.bytes;
});

it('the original was saved by LibreOffice', async () => {
  const app = await (await JSZip.loadAsync(original)).file('docProps/app.xml')?.async('string');
  expect(app).toMatch(/LibreOffice/);
});

it('changes the edited cells and no other (every cell of every sheet compared)', async () => {
  const before = cellsOf(await readXlsx(original));
  const after = cellsOf(await readXlsx(patched));
  const edited = new Set(EDITS.map((e) => `${e.sheet}!${e.cell}`));
  for (const [key, cell] of before) if (!edited.has(key)) expect([key, after.get(key)]).toEqual([key, cell]);
  for (const key of after.keys()) if (!edited.has(key)) expect(before.has(key)).toBe(true);
  expect(after.get(`${INDICATORS}!Q10`)).toMatchObject({ formula: 'SUM(G10,I10,K10,M10,O10)', value: null });
  expect(after.get(`${GOALS}!Z8`)).toMatchObject({ value: 5 });
  expect(after.get(`${GOALS}!B200`)).toMatchObject({ value: '=no es una fórmula' });
  expect((after.get(`${GOALS}!B200`) as { formula?: string }).formula).toBeUndefined();
});

it('keeps every entry it did not need to touch byte for byte', async () => {
  const [a, b] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(patched, { checkCRC32: true })]);
  expect(Object.keys(b.files)).toEqual(Object.keys(a.files));
  const touched = new Set<string>(['xl/workbook.xml']);
  let same = 0;
  for (const name of Object.keys(a.files)) {
    const [x, y] = await Promise.all([a.file(name)!.async('nodebuffer'), b.file(name)!.async('nodebuffer')]);
    if (x.equals(y)) same++;
    else touched.add(name);
  }
  const sheetParts = sheetPartsOf(
    await a.file('xl/workbook.xml')!.async('string'),
    await a.file('xl/_rels/workbook.xml.rels')!.async('string'),
  );
  expect([...touched].sort()).toEqual(['xl/workbook.xml', sheetParts.get(GOALS), sheetParts.get(INDICATORS)].sort());
  expect(same).toBe(Object.keys(a.files).length - 3);
});

it('opens in LibreOffice, which recalculates it without error values', async () => {
  const computed = await readXlsx(await recalculate(patched));
  const errors = computed.sheets.flatMap((s) =>
    s.cells.filter((c) => isErrorValue(c.value)).map((c) => `${s.name}!${cellAddress(c.row, c.col)}`),
  );
  expect(errors).toEqual([]);
  const cells = cellsOf(computed);
  const q10 = cells.get(`${INDICATORS}!Q10`) as { value: number };
  const parts = ['G10', 'I10', 'K10', 'M10', 'O10'].map(
    (ref) => (cells.get(`${INDICATORS}!${ref}`) as { value: number }).value,
  );
  expect(q10.value).toBeCloseTo(parts.reduce((s, v) => s + v, 0));
  expect(cells.get(`${GOALS}!B200`)).toMatchObject({ value: '=no es una fórmula' });
});
