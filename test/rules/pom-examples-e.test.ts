/**
 * The arithmetic, form and narrative rules (totals/* but helper B's hygiene totals, form/*,
 * narrative/*) on the example workbooks (examples/, made by scripts/make-examples.js): on each
 * faulty workbook they find exactly the listed mistakes of their kinds that these rules own, at
 * the listed cell and naming a listed related cell; on the corrected twin they stay silent.
 */
import fs from 'fs';
import path from 'path';
import { validate, type Finding } from '../../src/core';
import { allRules } from '../../src/rules';
import { readXlsx } from '../../src/xlsx/read';

const ROOT = path.resolve(__dirname, '../..');
const EXPECTED_DIR = path.join(ROOT, 'test', 'fixtures', 'pom', 'expected');
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

interface CellRef {
  sheet: string;
  range: string;
}
interface ExpectedMistake extends CellRef {
  kind: string;
  related?: CellRef[];
  note: string;
}

const names = fs
  .readdirSync(EXPECTED_DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

async function findingsOf(file: string): Promise<Finding[]> {
  const snapshot = await readXlsx(fs.readFileSync(path.join(ROOT, 'examples', file)));
  return validate(snapshot, RULES).findings;
}

const at = (ref: CellRef) => `${ref.sheet}!${ref.range}`;

describe.each(names)('%s', (name) => {
  const expected = (
    JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, `${name}.json`), 'utf8')) as ExpectedMistake[]
  ).filter((mistake) => KINDS.has(mistake.kind));

  it('finds each listed mistake of these kinds at its cell, and nothing else', async () => {
    const findings = await findingsOf(`${name}.xlsx`);
    expect(findings.map((f) => `${f.kind} ${at(f)}`).sort()).toEqual(expected.map((m) => `${m.kind} ${at(m)}`).sort());
    for (const mistake of expected) {
      const finding = findings.find((f) => at(f) === at(mistake) && f.kind === mistake.kind)!;
      if (!mistake.related?.length) continue;
      const related = new Set((finding.related ?? []).map(at));
      expect({ cell: at(mistake), names: mistake.related.some((ref) => related.has(at(ref))) }).toEqual({
        cell: at(mistake),
        names: true,
      });
    }
  });

  it('stays silent on the corrected twin', async () => {
    const findings = await findingsOf(`${name}-corregido.xlsx`);
    expect(findings.map((f) => `${f.rule} ${at(f)}: ${f.message}`)).toEqual([]);
  });
});
