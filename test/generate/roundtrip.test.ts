import { readFileSync } from 'fs';
import { join } from 'path';
import { WorkbookView } from '../../src/core';
import { carriedFields, modelFromRecognition } from '../../src/domain/model-from-recognition';
import { parseModel, type PomModel } from '../../src/domain/model';
import { getRecognition } from '../../src/domain/recognize';
import { validateWorkbook } from '../../src/rules/run';
import { buildWorkbookSpec } from '../../src/templates/build';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { exampleModel } from './example-model';

async function roundTrip(model: PomModel) {
  const snapshot = await readXlsx(await writeWorkbook(buildWorkbookSpec(model)));
  const recognition = getRecognition(new WorkbookView(snapshot));
  return { snapshot, recognition, recovered: modelFromRecognition(recognition.matrices) };
}

describe('model → workbook → recognition → model', () => {
  it('gives back every field the matrices carry for the IGM example', async () => {
    const model = exampleModel();
    const { recognition, recovered } = await roundTrip(model);
    expect(recognition.matrices.every((m) => m.generated)).toBe(true);
    expect(recognition.matrices.map((m) => m.type).sort()).toEqual([
      'budget',
      'coverage',
      'goals',
      'indicator-matrix',
      'indicator-sheet',
      'indicator-sheet',
      'indicator-sheet',
      'indicator-sheet',
      'pgg',
      'policy',
      'programmatic',
      'results',
    ]);
    expect(recovered).toEqual(carriedFields(model));
  });

  it('keeps names that look like formulas as text', async () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '../../examples/igm-pom-2026-2030.json'), 'utf8'));
    raw.products[1].name = '=SUM(A1:A9) asistencia';
    raw.products[1].subproducts[0].name = '+502 atenciones';
    raw.products[1].subproducts[1].name = '-albergues-';
    raw.products[2].subproducts[1].name = '@prórroga';
    raw.indicators[0].product = raw.products[1].name;
    const parsed = parseModel(raw);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { recovered } = await roundTrip(parsed.model);
    expect(recovered.products[1].name).toBe('=SUM(A1:A9) asistencia');
    expect(recovered.products[1].subproducts.map((s) => s.name)).toEqual(['+502 atenciones', '-albergues-']);
    expect(recovered).toEqual(carriedFields(parsed.model));
  });

  it('round-trips a one-year POA cut from the example', async () => {
    const keep2026 = (record: Record<string, unknown>) => ({ '2026': record['2026'] });
    const raw = JSON.parse(readFileSync(join(__dirname, '../../examples/igm-pom-2026-2030.json'), 'utf8'));
    raw.years = { from: 2026, to: 2026 };
    for (const result of raw.results) result.targets = keep2026(result.targets);
    for (const indicator of raw.indicators) indicator.targets = keep2026(indicator.targets);
    for (const programme of raw.budget) programme.amounts = keep2026(programme.amounts);
    for (const product of raw.products) {
      product.goals = keep2026(product.goals);
      for (const sub of product.subproducts) sub.goals = keep2026(sub.goals);
    }
    const parsed = parseModel(raw);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const { snapshot, recovered } = await roundTrip(parsed.model);
    expect(validateWorkbook(snapshot).findings).toEqual([]);
    expect(recovered.years).toEqual({ from: 2026, to: 2026 });
    expect(recovered).toEqual(carriedFields(parsed.model));
  });
});
