/**
 * The example workbooks (examples/, made by scripts/make-examples.js) and the mistakes each
 * carries (test/fixtures/pom/expected/<name>.json): what the example-based rule tests share.
 */
import fs from 'fs';
import path from 'path';
import { validate, type AnyRule, type Finding } from '../../src/core';
import { allRules } from '../../src/rules';
import { readXlsx } from '../../src/xlsx/read';

export const ROOT = path.resolve(__dirname, '../..');
const EXPECTED_DIR = path.join(ROOT, 'test', 'fixtures', 'pom', 'expected');

export interface CellRef {
  sheet: string;
  range: string;
}

export interface ExpectedMistake extends CellRef {
  kind: string;
  related?: CellRef[];
  /** Kinds of the other rules that saw the same mistake (named in the finding's `also`). */
  also?: string[];
  note: string;
}

/** Base names of the faulty examples; each has a `<name>-corregido.xlsx` twin. */
export function exampleNames(): string[] {
  return fs
    .readdirSync(EXPECTED_DIR)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

export function expectedMistakes(name: string): ExpectedMistake[] {
  return JSON.parse(fs.readFileSync(path.join(EXPECTED_DIR, `${name}.json`), 'utf8')) as ExpectedMistake[];
}

/**
 * The findings led by one of `rules` when every rule runs, as users see them: one mistake seen
 * by several rules is one finding, led by the most specific (the others in `also`).
 */
export async function exampleFindings(file: string, rules: readonly AnyRule[]): Promise<Finding[]> {
  const snapshot = await readXlsx(fs.readFileSync(path.join(ROOT, 'examples', file)));
  const ids = new Set(rules.map((rule) => rule.meta.id));
  return validate(snapshot, allRules).findings.filter((finding) => ids.has(finding.rule));
}

/** Kinds the hygiene rules (formulas/, values/, typed and stale totals) report. */
export const HYGIENE_KINDS: ReadonlySet<string> = new Set([
  'error-value',
  'inconsistent-formula',
  'range-omits-cells',
  'hardcoded-total',
  'number-as-text',
  'empty-reference',
]);

export const at = (ref: CellRef): string => `${ref.sheet}!${ref.range}`;

/**
 * Exactly the listed mistakes (kind and cell), each finding naming one of its listed related
 * cells when `checkRelated` says the rule family promises them.
 */
export function expectListedMistakes(
  findings: readonly Finding[],
  expected: readonly ExpectedMistake[],
  checkRelated: (mistake: ExpectedMistake) => boolean = () => true,
): void {
  expect(findings.map((f) => `${f.kind} ${at(f)}`).sort()).toEqual(expected.map((m) => `${m.kind} ${at(m)}`).sort());
  const kindOf = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.kind as string]));
  for (const mistake of expected) {
    const finding = findings.find((f) => at(f) === at(mistake) && f.kind === mistake.kind)!;
    if (mistake.also) {
      // Only the rules under test can have seen it too: a single rule's test sees no `also`.
      const seen = (finding.also ?? []).map((rule) => kindOf.get(rule)).sort();
      if (seen.length) expect({ cell: at(mistake), also: seen }).toEqual({ cell: at(mistake), also: mistake.also });
    }
    if (!mistake.related?.length || !checkRelated(mistake)) continue;
    const related = new Set((finding.related ?? []).map(at));
    expect({ cell: at(mistake), names: mistake.related.some((ref) => related.has(at(ref))) }).toEqual({
      cell: at(mistake),
      names: true,
    });
  }
}
