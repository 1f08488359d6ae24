/**
 * Clean workbooks in the formats Guatemalan offices use (test/fixtures/clean-formats/, written by
 * scripts/make-clean-formats.js and re-saved by LibreOffice): SICOIN execution, municipal POA,
 * cuota financiera, PEI indicators, SNIP project lists, cross-sheet summaries… Every figure adds
 * up, so every error or warning is a false alarm. The only warning allowed is the one that says,
 * once per workbook, that it holds no SEGEPLAN matrix; the only notice, data not entered yet (a
 * follow-up report at mid-year).
 */
import fs from 'fs';
import path from 'path';
import type { Finding } from '../../src/core';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'clean-formats');
const FILES = fs
  .readdirSync(DIR)
  .filter((name) => name.endsWith('.xlsx'))
  .sort();

const describeFinding = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.range}: ${f.message}`;

describe('clean workbooks in Guatemalan formats', () => {
  it('are all here and each is described in the README', () => {
    const readme = fs.readFileSync(path.join(DIR, 'README.md'), 'utf8');
    expect(FILES.length).toBeGreaterThanOrEqual(15);
    for (const file of FILES) expect([file, readme.includes(`**${file}**`)]).toEqual([file, true]);
  });

  it.each(FILES)('%s: no false alarm', async (file) => {
    const { findings } = validateWorkbook(await readXlsx(fs.readFileSync(path.join(DIR, file))));
    const alarms = findings.filter(
      (f) =>
        f.rule !== 'structure/no-matrix-found' &&
        !(f.severity === 'info' && f.rule === 'formulas/empty-reference' && f.messageId === 'missingData'),
    );
    expect(alarms.map(describeFinding)).toEqual([]);
  });

  it('reads the POM in SEGEPLAN formats as its four matrices, and a SNIP project list as none', async () => {
    const matricesOf = async (file: string) =>
      validateWorkbook(await readXlsx(fs.readFileSync(path.join(DIR, file)))).matrices.map((m) => m.type);
    expect(await matricesOf('13-ine-pom-2026-2030-matrices-segeplan.xlsx')).toEqual([
      'budget',
      'goals',
      'indicator-matrix',
      'programmatic',
    ]);
    // «Nombre del proyecto» beside «Municipio» once made it a coverage matrix, with a warning.
    expect(await matricesOf('10-codede-huehue-proyectos-snip-2025.xlsx')).toEqual([]);
  });
});
