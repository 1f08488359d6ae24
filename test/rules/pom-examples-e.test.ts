/**
 * The arithmetic, form and narrative rules (totals/* but helper B's hygiene totals, form/*,
 * narrative/*) on the example workbooks (examples/, made by scripts/make-examples.js): on each
 * faulty workbook they find exactly the listed mistakes of their kinds that these rules own, at
 * the listed cell and naming a listed related cell; on the corrected twin they stay silent.
 */
import { type Finding } from '../../src/core';
import { allRules } from '../../src/rules';
import { at, exampleFindings, exampleNames, expectedMistakes, expectListedMistakes } from '../support/pom-examples';

/** Hygiene totals (formula range, typed totals) belong to the formulas family and its own test. */
const HYGIENE = new Set(['totals/stale-total', 'totals/hardcoded-total']);
const RULES = allRules.filter((rule) => /^(totals|form|narrative)\//.test(rule.meta.id) && !HYGIENE.has(rule.meta.id));
/** Kinds only these rules produce (total-mismatch is shared with totals/stale-total). */
const KINDS = new Set<string>([
  'total-mismatch',
  'invalid-code',
  'duplicate-id',
  'missing-field',
  'narrative-mismatch',
  'out-of-range',
]);

const names = exampleNames();
const findingsOf = (file: string): Promise<Finding[]> => exampleFindings(file, RULES);

describe.each(names)('%s', (name) => {
  const expected = expectedMistakes(name).filter((mistake) => KINDS.has(mistake.kind));

  it('finds each listed mistake of these kinds at its cell, and nothing else', async () => {
    expectListedMistakes(await findingsOf(`${name}.xlsx`), expected);
  });

  it('stays silent on the corrected twin', async () => {
    const findings = await findingsOf(`${name}-corregido.xlsx`);
    expect(findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});
