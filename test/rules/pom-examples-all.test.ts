/**
 * The acceptance test of the domain issue, with every rule at once (as `planifica validate`
 * runs them): each faulty example gives exactly its listed mistakes — kind and cell, each naming
 * a listed related cell — and no other error or warning; each corrected twin gives no finding.
 */
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';
import fs from 'fs';
import path from 'path';
import { at, exampleNames, expectedMistakes, expectListedMistakes, HYGIENE_KINDS, ROOT } from '../support/pom-examples';

async function validateExample(file: string) {
  return validateWorkbook(await readXlsx(fs.readFileSync(path.join(ROOT, 'examples', file))));
}

describe.each(exampleNames())('%s, every rule', (name) => {
  it('reports exactly the listed mistakes', async () => {
    const { findings } = await validateExample(`${name}.xlsx`);
    expectListedMistakes(
      findings.filter((f) => f.severity !== 'info'),
      expectedMistakes(name),
      // Hygiene findings name the cell at fault; the lists also note the cell that caused it (the
      // empty divisor of a #DIV/0!), which those rules do not promise as `related`.
      (mistake) => !HYGIENE_KINDS.has(mistake.kind),
    );
  });

  it('says nothing on the corrected twin', async () => {
    const { findings } = await validateExample(`${name}-corregido.xlsx`);
    expect(findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});
