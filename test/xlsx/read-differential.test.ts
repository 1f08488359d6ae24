/**
 * Differential test: the reader (src/xlsx/read.ts) and the ExcelJS reader it replaced
 * (test/support/read-exceljs.ts) give the same snapshot, cell for cell, on every workbook we
 * have: the examples, the generated templates, the hygiene fixtures written to .xlsx, the bench
 * generator's matrix, and a real workbook written by another application.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Cell, SheetSnapshot, WorkbookSnapshot } from '../../src/core';
import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from '../generate/example-model';
import { readXlsxWithExcelJs } from '../support/read-exceljs';
import { buildXlsx, type XlsxCellSpec } from '../support/xlsx';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const REAL_WORLD = join(ROOT, '..', 'shared', 'real-world', 'plan-indicativo-tenjo-2024-2027.xlsx');

/** Numbers equal to 1e-9 (ExcelJS turns date-formatted serials into Dates and back). */
function sameValue(a: Cell['value'], b: Cell['value']): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  return JSON.stringify(a) === JSON.stringify(b);
}

function cellDifferences(sheet: string, ours: Cell[], theirs: Cell[]): string[] {
  const problems: string[] = [];
  const key = (c: Cell): number => c.row * 16384 + c.col;
  const byKey = new Map(theirs.map((c) => [key(c), c]));
  for (const cell of ours) {
    const other = byKey.get(key(cell));
    byKey.delete(key(cell));
    const at = `${sheet}!R${cell.row + 1}C${cell.col + 1}`;
    if (!other) {
      problems.push(`${at}: only the new reader has ${JSON.stringify(cell)}`);
      continue;
    }
    const { value: v1, ...rest1 } = cell;
    const { value: v2, ...rest2 } = other;
    if (!sameValue(v1, v2) || JSON.stringify(sortKeys(rest1)) !== JSON.stringify(sortKeys(rest2))) {
      problems.push(`${at}: ${JSON.stringify(cell)} vs ExcelJS ${JSON.stringify(other)}`);
    }
  }
  for (const other of byKey.values()) problems.push(`${sheet}: only ExcelJS has ${JSON.stringify(other)}`);
  return problems;
}

function sortKeys(value: object): object {
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
}

function differences(ours: WorkbookSnapshot, theirs: WorkbookSnapshot): string[] {
  const problems: string[] = [];
  const names = (s: WorkbookSnapshot): string[] => s.sheets.map((sheet) => sheet.name);
  if (JSON.stringify(names(ours)) !== JSON.stringify(names(theirs))) {
    return [`sheets ${names(ours).join(', ')} vs ExcelJS ${names(theirs).join(', ')}`];
  }
  ours.sheets.forEach((sheet: SheetSnapshot, i) => {
    const other = theirs.sheets[i];
    if (Boolean(sheet.hidden) !== Boolean(other.hidden)) problems.push(`${sheet.name}: hidden differs`);
    if (sheet.usedRange !== other.usedRange)
      problems.push(`${sheet.name}: used range ${sheet.usedRange} vs ${other.usedRange}`);
    if (JSON.stringify([...sheet.merges].sort()) !== JSON.stringify([...other.merges].sort())) {
      problems.push(`${sheet.name}: merges differ`);
    }
    problems.push(...cellDifferences(sheet.name, sheet.cells, other.cells));
  });
  if (JSON.stringify(ours.definedNames ?? []) !== JSON.stringify(theirs.definedNames ?? [])) {
    problems.push(`defined names ${JSON.stringify(ours.definedNames)} vs ${JSON.stringify(theirs.definedNames)}`);
  }
  if (JSON.stringify(sortKeys({ ...ours.properties })) !== JSON.stringify(sortKeys({ ...theirs.properties }))) {
    problems.push(`properties ${JSON.stringify(ours.properties)} vs ${JSON.stringify(theirs.properties)}`);
  }
  if (ours.unreadableSheets) problems.push(`unreadable sheets: ${JSON.stringify(ours.unreadableSheets)}`);
  return problems;
}

async function expectSameSnapshot(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const ours = await readXlsx(bytes);
  const theirs = await readXlsxWithExcelJs(bytes);
  expect(differences(ours, theirs)).toEqual([]);
  return ours;
}

/** A workbook holding one cell of every kind the snapshot knows. */
function everyKindOfCell(): Uint8Array | Promise<Uint8Array> {
  const rows: XlsxCellSpec[][] = [
    ['texto', 42, -3.25, true, false, { error: '#DIV/0!' } as XlsxCellSpec, { richText: ['Meta ', 'física'] }],
    [
      { formula: 'B1*2', result: 84 },
      { formula: 'IF(D1,"sí","no")', result: 'sí' },
      { formula: 'A1&""', result: '' },
    ],
    [
      { formula: '1/0', result: { error: '#DIV/0!' } } as XlsxCellSpec,
      { formula: 'D1', result: true },
      { formula: 'B1-42', result: 0 },
    ],
    [new Date(Date.UTC(2026, 0, 15, 6)), '  espacios  ', 'línea\nnueva', 'Ñandú & <etiquetas> "comillas"'],
    [
      { formula: 'B1+1', result: 43 },
      { sharedFormula: 'A5', result: -2.25 },
      { sharedFormula: 'A5', result: 2 },
    ],
    [{ arrayFormula: 'B1*2', ref: 'A6:B6', result: 84 }, null, { text: 'sitio', hyperlink: 'https://example.org' }],
    [
      { value: 1234.5, numFmt: '#,##0.00', bold: true, indent: 2, fill: 'FFEE00' },
      { value: 0.25, numFmt: '0%' },
      { value: 46000.5, numFmt: 'dd/mm/yyyy hh:mm' },
      { value: 'negrita', bold: true },
    ],
  ];
  return buildXlsx({
    creator: 'Unidad de Planificación',
    title: 'Prueba',
    sheets: [
      { name: 'Todo', rows, merges: ['E4:F5'] },
      { name: 'Oculta', rows: [['x', 1]], hidden: true },
    ],
    definedNames: [{ name: 'Datos', ref: "'Todo'!$A$1:$C$3" }],
  });
}

describe('the reader and the ExcelJS reader give the same snapshot', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx'));

  it.each(examples)('examples/%s', async (file) => {
    const snapshot = await expectSameSnapshot(new Uint8Array(readFileSync(join(EXAMPLES, file))));
    expect(snapshot.sheets.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(100);
  });

  it('a generated POM (the example model) and a blank template', async () => {
    await expectSameSnapshot(await writeWorkbook(buildWorkbookSpec(exampleModel())));
    await expectSameSnapshot(await writeWorkbook(buildBlankSpec({ years: [2026, 2027, 2028, 2029, 2030] })));
  });

  it('every kind of cell: values, formulas and their cached results, rich text, dates, merges, hidden sheets, names', async () => {
    const snapshot = await expectSameSnapshot(await everyKindOfCell());
    expect(snapshot.sheets[0].cells.length).toBeGreaterThan(15);
  });

  it("the bench generator's goals matrix (streaming writer, shared strings, styles)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { writeGoalsWorkbook } = require('../../scripts/bench/workbook') as {
      writeGoalsWorkbook(file: string, cells: number): Promise<number>;
    };
    const dir = mkdtempSync(join(tmpdir(), 'planifica-diff-'));
    try {
      const file = join(dir, 'metas.xlsx');
      await writeGoalsWorkbook(file, 3000);
      await expectSameSnapshot(new Uint8Array(readFileSync(file)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['plano.xlsx', 'rico.xlsx'])('written by LibreOffice: test/xlsx/fixtures/%s', async (file) => {
    await expectSameSnapshot(new Uint8Array(readFileSync(join(__dirname, 'fixtures', file))));
  });

  (existsSync(REAL_WORLD) ? it : it.skip)('a real planning workbook exported by a spreadsheet service', async () => {
    const snapshot = await expectSameSnapshot(new Uint8Array(readFileSync(REAL_WORLD)));
    expect(snapshot.sheets.reduce((n, s) => n + s.cells.length, 0)).toBeGreaterThan(20_000);
  });
});
