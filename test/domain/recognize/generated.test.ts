/**
 * Planifica's own workbooks, written by the templates and read back: every matrix area is
 * recognised by its defined name, even a blank template whose bodies hold no data yet.
 */
import { WorkbookView } from '../../../src/core';
import { getRecognition } from '../../../src/domain/recognize';
import { buildBlankSpec } from '../../../src/templates/build';
import { readXlsx } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';

it('recognises every matrix of a blank generated template by its defined names', async () => {
  const snapshot = await readXlsx(await writeWorkbook(buildBlankSpec({ years: [2026, 2027, 2028] })));
  const names = (snapshot.definedNames ?? []).filter((d) => d.name.startsWith('PLANIFICA_'));
  const { matrices, years } = getRecognition(new WorkbookView(snapshot));
  expect(matrices).toHaveLength(names.length);
  expect(matrices.every((m) => m.generated)).toBe(true);
  expect(new Set(matrices.map((m) => m.type))).toEqual(
    new Set([
      'budget',
      'coverage',
      'goals',
      'indicator-matrix',
      'indicator-sheet',
      'pgg',
      'policy',
      'programmatic',
      'results',
    ]),
  );
  expect(years).toEqual([2026, 2027, 2028]);
  const goals = matrices.find((m) => m.type === 'goals');
  if (goals?.type !== 'goals') throw new Error('goals expected');
  expect(goals.years.map((y) => [y.year, y.physicalCol !== undefined, y.financialCol !== undefined])).toEqual([
    [2026, true, true],
    [2027, true, true],
    [2028, true, true],
  ]);
  expect(matrices.filter((m) => m.missingColumns)).toEqual([]);
});
