/**
 * LibreOffice opens the annotated copy of a rich package (chart, image, table, notes, a chart
 * sheet, a macro project): saved again by LibreOffice, the cells keep their values, the marked
 * cells their fill, the new notes and the old ones their text, and the Hallazgos sheet is there.
 * (LibreOffice rewrites the notes and fills in its own way: what it read is what it wrote.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { cellAddress, type Finding, type WorkbookSnapshot } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { annotateXlsx, ANNOTATION_FILLS, REPORT_SHEET } from '../../src/xlsx/annotate';
import { readXlsx } from '../../src/xlsx/read';
import { RECALC_TIMEOUT_MS, recalculate } from '../libreoffice/soffice';
import { notesOf, withChartSheet } from '../support/rich';

jest.setTimeout(2 * RECALC_TIMEOUT_MS);

// The macro-enabled variant of the fidelity test is left out here: its vbaProject.bin is a
// synthetic Compound File that LibreOffice refuses to load even before any annotation.
const rich = withChartSheet(new Uint8Array(readFileSync(join(__dirname, 'fixtures/rico.xlsx'))));

function byCell(snapshot: WorkbookSnapshot) {
  const all = new Map<string, WorkbookSnapshot['sheets'][number]['cells'][number]>();
  for (const sheet of snapshot.sheets)
    for (const c of sheet.cells) all.set(`${sheet.name}!${cellAddress(c.row, c.col)}`, c);
  return all;
}

let findings: Finding[];
let original: WorkbookSnapshot;
let saved: Uint8Array;

beforeAll(async () => {
  original = await readXlsx(rich);
  findings = validateWorkbook(original).findings;
  const annotated = await annotateXlsx(rich, findings);
  saved = await recalculate(annotated.bytes);
});

it('keeps every value LibreOffice reads from the original sheets, and the report sheet', async () => {
  const again = await readXlsx(saved);
  expect(again.sheets.map((s) => s.name)).toContain(REPORT_SHEET);
  const after = byCell(again);
  let compared = 0;
  for (const [key, cell] of byCell(original)) {
    if (cell.formula !== undefined || cell.value === null) continue;
    expect([key, after.get(key)?.value]).toEqual([key, cell.value]);
    compared++;
  }
  expect(compared).toBeGreaterThan(100);
  const report = again.sheets.find((s) => s.name === REPORT_SHEET)!;
  expect(report.cells.filter((c) => c.col === 2 && c.row > 0)).toHaveLength(findings.length);
});

it('keeps the fills of the marked cells', async () => {
  const after = byCell(await readXlsx(saved));
  const errors = findings.filter((f) => f.severity === 'error' && !f.range.includes(':'));
  let checked = 0;
  for (const f of errors) {
    const cell = after.get(`${f.sheet}!${f.range}`);
    if (!cell) continue;
    expect([f.range, cell.style?.fill?.toUpperCase()]).toEqual([f.range, ANNOTATION_FILLS.error.slice(2)]);
    checked++;
  }
  expect(checked).toBeGreaterThan(3);
});

it('shows the new notes and keeps the old ones', () => {
  const before = notesOf(rich);
  const notes = notesOf(saved);
  expect(before.size).toBe(2);
  for (const [key, text] of before) expect([key, notes.get(key)]).toEqual([key, text]);
  const single = findings.filter((f) => !f.range.includes(':') && !before.has(`${f.sheet}!${f.range}`));
  expect(single.length).toBeGreaterThan(5);
  for (const f of single) {
    expect([f.range, notes.get(`${f.sheet}!${f.range}`)]).toEqual([f.range, expect.stringMatching(/^Planifica/)]);
  }
});
