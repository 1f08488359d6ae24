/**
 * The acceptance test of the domain issue, with every rule at once (as `planifica validate`
 * runs them): each faulty example gives exactly its listed mistakes — kind and cell, each naming
 * a listed related cell — and no other error or warning; each corrected twin gives no finding.
 */
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import fs from 'fs';
import path from 'path';
import { at, exampleNames, expectedMistakes, expectListedMistakes, ROOT } from '../support/pom-examples';

/**
 * Hygiene findings name the cell at fault; the lists also note the cell that caused it (the empty
 * divisor of a #DIV/0!), which those rules do not promise as `related`.
 */
const HYGIENE_KINDS = new Set([
  'error-value',
  'inconsistent-formula',
  'range-omits-cells',
  'hardcoded-total',
  'number-as-text',
  'empty-reference',
]);

async function validateExample(file: string) {
  return validateWorkbook(await readXlsx(fs.readFileSync(path.join(ROOT, 'examples', file))));
}

describe.each(exampleNames())('%s, every rule', (name) => {
  it('reports exactly the listed mistakes', async () => {
    const { findings } = await validateExample(`${name}.xlsx`);
    expectListedMistakes(
      findings.filter((f) => f.severity !== 'info'),
      expectedMistakes(name),
      (mistake) => !HYGIENE_KINDS.has(mistake.kind),
    );
  });

  it('says nothing on the corrected twin', async () => {
    const { findings } = await validateExample(`${name}-corregido.xlsx`);
    expect(findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});
