/**
 * Clean workbooks in the formats Guatemalan offices use (test/fixtures/clean-formats/: SICOIN
 * execution, municipal POA, cuota financiera, PEI indicators, SNIP project lists, cross-sheet
 * summaries…) and POM matrices laid out the ways institutions lay them out (test/fixtures/
 * clean-pom/), written by scripts/make-clean-formats.js and scripts/make-clean-pom-formats.js and
 * re-saved by LibreOffice. Every figure adds up, so every error or warning is a false alarm. The only warning allowed is the one that says,
 * once per workbook, that it holds no SEGEPLAN matrix; the only notice, data not entered yet (a
 * follow-up report at mid-year).
 */
import fs from 'fs';
import path from 'path';
import { parseCell, type Finding } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
/** Formats of the offices (scripts/make-clean-formats.js) and POM matrices laid out many ways (scripts/make-clean-pom-formats.js). */
const DIRS = ['clean-formats', 'clean-pom'];
const FILES = DIRS.flatMap((dir) =>
  fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((name) => name.endsWith('.xlsx'))
    .sort()
    .map((name) => path.join(dir, name)),
);
/** Warnings these workbooks rightly get: the goals matrix of this one has no financial goals, which the format asks for. */
const EXPECTED: Record<string, string[]> = {
  'clean-pom/05-conred-pom-2026-2030-solo-metas-fisicas.xlsx': ['warning structure/incomplete-matrix'],
};

const describeFinding = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.range}: ${f.message}`;
const read = async (file: string) => readXlsx(fs.readFileSync(path.join(FIXTURES, file)));

describe('clean workbooks in Guatemalan formats', () => {
  it('are all here and each is described in its README', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    for (const file of FILES) {
      const readme = fs.readFileSync(path.join(FIXTURES, path.dirname(file), 'README.md'), 'utf8');
      expect([file, readme.includes(`**${path.basename(file)}**`)]).toEqual([file, true]);
    }
  });

  it.each(FILES)('%s: no false alarm', async (file) => {
    const { findings } = validateWorkbook(await read(file));
    const alarms = findings.filter(
      (f) =>
        f.rule !== 'structure/no-matrix-found' &&
        !(f.severity === 'info' && f.rule === 'formulas/empty-reference' && f.messageId === 'missingData'),
    );
    const expected = EXPECTED[file] ?? [];
    expect(alarms.filter((f) => !expected.includes(`${f.severity} ${f.rule}`)).map(describeFinding)).toEqual([]);
    for (const finding of expected) expect(alarms.map((f) => `${f.severity} ${f.rule}`)).toContain(finding);
  });

  it('reads each layout as its matrices', async () => {
    const matricesOf = async (file: string) => validateWorkbook(await read(file)).matrices.map((m) => m.type);
    expect(await matricesOf('clean-formats/13-ine-pom-2026-2030-matrices-segeplan.xlsx')).toEqual([
      'budget',
      'goals',
      'indicator-matrix',
      'programmatic',
    ]);
    // «Nombre del proyecto» beside «Municipio» once made it a coverage matrix, with a warning.
    expect(await matricesOf('clean-formats/10-codede-huehue-proyectos-snip-2025.xlsx')).toEqual([]);
    // Six fichas in two bands of three side by side: each read, none empty.
    const fichas = (await matricesOf('clean-pom/07-mspas-pom-2026-2030-fichas-lado-a-lado.xlsx')).filter(
      (type) => type === 'indicator-sheet',
    );
    expect(fichas).toHaveLength(6);
    // Codes in four columns before yearly goals: the red programática and the goals matrix.
    const coded = await matricesOf('clean-pom/02-maga-pom-2027-2031-tipo-codigos-4-columnas.xlsx');
    expect(coded.slice(0, 2)).toEqual(['programmatic', 'goals']);
  });

  it('a month typed with one zero too many is one finding, at its row, however many totals it throws off', async () => {
    const snapshot = await read('clean-pom/12-conap-poa-2026-mensual-meta-aprobada.xlsx');
    const poa = snapshot.sheets.find((sheet) => sheet.name === 'POA')!;
    const cell = (address: string) => {
      const { row, col } = parseCell(address)!;
      return poa.cells.find((c) => c.row === row && c.col === col)!;
    };
    // K9 487 → 4,870, and its row's =SUM(E9:P9) recalculated, as a spreadsheet saves it.
    cell('K9').value = 4870;
    cell('D9').value = 10033;
    const { findings } = validateWorkbook(snapshot);
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.rule, f.range, f.also])).toEqual([
      ['totals/approved-total', 'D9', ['totals/subproducts-sum']],
    ]);
  });

  it('a quarter left out of its row sum is one finding, at the sum: the product it throws off is folded in', async () => {
    const snapshot = await read('clean-pom/04-inacif-poa-2026-trimestral-codigo-una-celda.xlsx');
    const poa = snapshot.sheets.find((sheet) => sheet.name === 'POA 2026')!;
    const d11 = poa.cells.find((c) => c.row === 10 && c.col === 3)!;
    // =SUM(E11:H11) cut to =SUM(E11:G11): 1,440 → 1,223, as a spreadsheet recalculates it.
    d11.formula = 'SUM(E11:G11)';
    d11.value = 1223;
    const { findings } = validateWorkbook(snapshot);
    const serious = findings.filter((f) => f.severity !== 'info');
    expect(serious.map((f) => [f.rule, f.range])).toEqual([['formulas/range-omits-cells', 'D11']]);
    expect(serious[0].also).toContain('totals/subproducts-sum');
  });
});
