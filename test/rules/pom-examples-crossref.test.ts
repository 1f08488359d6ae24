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

const ROOT = path.resolve(__dirname, '../..');
const EXPECTED_DIR = path.join(ROOT, 'test', 'fixtures', 'pom', 'expected');
const RULES = allRules.filter((rule) => /^(crossref|catalog)\//.test(rule.meta.id));
const KINDS = new Set(RULES.map((rule) => rule.meta.kind));

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
  ).filter((mistake) => KINDS.has(mistake.kind as Finding['kind']));

  it('finds each listed mistake of these kinds at its cell, and nothing else', async () => {
    const findings = (await findingsOf(`${name}.xlsx`)).filter((f) => f.severity !== 'info');
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
