/**
 * The cross-matrix and catalogue rules on the example workbooks (examples/, made by
 * scripts/make-examples.js): on each faulty workbook they find exactly the listed mistakes of
 * their kinds, at the listed cell and naming a listed related cell; on the corrected twin they
 * stay silent. Workbooks Planifica writes (from a model, or blank) give no finding at all.
 */
import fs from 'fs';
import path from 'path';
import { validate, type Finding } from '../../src/core';
import { parseModelJson } from '../../src/domain/model';
import { allRules } from '../../src/rules';
import { buildBlankSpec, buildWorkbookSpec } from '../../src/templates/build';
import { readXlsx } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import {
  at,
  exampleFindings,
  exampleNames,
  expectedMistakes,
  expectListedMistakes,
  ROOT,
} from '../support/pom-examples';

const RULES = allRules.filter((rule) => /^(crossref|catalog)\//.test(rule.meta.id));
const KINDS = new Set(RULES.map((rule) => rule.meta.kind));
const names = exampleNames();
const findingsOf = (file: string): Promise<Finding[]> => exampleFindings(file, RULES);

describe.each(names)('%s', (name) => {
  const expected = expectedMistakes(name).filter((mistake) => KINDS.has(mistake.kind as Finding['kind']));

  it('finds each listed mistake of these kinds at its cell, and nothing else', async () => {
    const findings = (await findingsOf(`${name}.xlsx`)).filter((f) => f.severity !== 'info');
    expectListedMistakes(findings, expected);
  });

  it('stays silent on the corrected twin', async () => {
    const findings = await findingsOf(`${name}-corregido.xlsx`);
    expect(findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});

describe('workbooks Planifica generates', () => {
  it('the IGM model, written and read back, gives no finding', async () => {
    const parsed = parseModelJson(fs.readFileSync(path.join(ROOT, 'examples', 'igm-pom-2026-2030.json'), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const snapshot = await readXlsx(await writeWorkbook(buildWorkbookSpec(parsed.model)));
    expect(validate(snapshot, RULES).findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });

  it('a blank template gives no finding', async () => {
    const snapshot = await readXlsx(await writeWorkbook(buildBlankSpec({ years: [2026, 2027, 2028, 2029, 2030] })));
    expect(validate(snapshot, RULES).findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});
