/**
 * The JSON model of the IGM example and helper D's corrected workbook
 * (examples/igm-pom-2026-2030-corregido.xlsx, scripts/make-examples.js) tell the same story:
 * the same products and subproducts, with the same goals, and the same budget.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { WorkbookView } from '../../src/core';
import { modelFromRecognition } from '../../src/domain/model-from-recognition';
import { getRecognition } from '../../src/domain/recognize';
import { normalize } from '../../src/domain/text';
import { readXlsx } from '../../src/xlsx/read';
import { exampleModel } from './example-model';

const EXAMPLES = join(__dirname, '../../examples');

it('agrees with the corrected example workbook on goals, units, programmatic codes and budget', async () => {
  const snapshot = await readXlsx(readFileSync(join(EXAMPLES, 'igm-pom-2026-2030-corregido.xlsx')));
  const workbook = modelFromRecognition(getRecognition(new WorkbookView(snapshot)).matrices);
  const model = exampleModel();
  const goalsOf = (items: { name: string; goals: unknown; subproducts: { name: string; goals: unknown }[] }[]) =>
    items.map((p) => ({
      name: normalize(p.name),
      goals: p.goals,
      subproducts: p.subproducts.map((s) => ({ name: normalize(s.name), goals: s.goals })),
    }));
  expect(goalsOf(workbook.products)).toEqual(goalsOf(model.products));
  const codesOf = (items: { unit: string; codes: object }[]) => items.map((p) => [p.unit, p.codes]);
  expect(codesOf(workbook.products)).toEqual(codesOf(model.products));
  expect(workbook.budget.map((b) => [b.code, b.amounts])).toEqual(model.budget.map((b) => [b.code, b.amounts]));
});
