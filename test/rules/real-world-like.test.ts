/**
 * The evaluation corpus of the generic formula rules (issue 8): workbooks as a planning office
 * types them (test/fixtures/real-world-like/, written by scripts/make-real-world-like.js and
 * re-saved by LibreOffice, so they carry a spreadsheet application's cached results), each
 * pattern in a clean form and a faulty form, with the expected answers in expected.json.
 *
 * - A clean workbook gives no finding of severity error or warning (info is allowed).
 * - A faulty workbook gives each listed mistake at its cell (or one of its `alternatives`), as
 *   an error or warning whose kind, or the kind of a rule named in its `also`, is the listed one
 *   or one of its `otherKinds` (and the listed severity, when one is listed); no finding at a cell listed as a dependent of
 *   a cascade; and no other error or warning.
 *
 * What the rules of today still get wrong is listed in known-failures.json, per workbook, by a
 * stable key ("extra <rule> <sheet>!<cell>", "missing <kind> <sheet>!<cell>", "severity …",
 * "dependent …"): a ratchet. Those problems are tolerated; any other fails the workbook's test. As
 * the rules improve, remove the entries that no longer occur (listed as fixedKnownFailures in
 * PRECISION_FILE) until the file is `{}`.
 *
 * Precision and recall over the whole corpus go to PRECISION_FILE when the file finishes.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { FINDING_KINDS, type Finding } from '../../src/core';
import { allRules } from '../../src/rules/index';
import { validateWorkbook } from '../../src/rules/run';
import { readXlsx } from '../../src/xlsx/read';

const DIR = path.resolve(__dirname, '..', 'fixtures', 'real-world-like');
const PRECISION_FILE = path.join(os.tmpdir(), 'planifica-real-world-like.json');

interface Mistake {
  kind: string;
  /** Other kinds that name the same mistake as rightly (a slipped reference: empty or inconsistent). */
  otherKinds?: string[];
  sheet: string;
  range: string;
  /** Other cells where reporting this mistake is also right (the root row of a cascade). */
  alternatives?: string[];
  severity?: 'error' | 'warning';
  related?: { sheet: string; range: string }[];
  /** Cells of a cascade that must not be separate error/warning findings. */
  dependents?: string[];
  note: string;
}

interface Entry {
  pattern: string;
  clean: boolean;
  mistakes: Mistake[];
}

interface Problem {
  /** Stable across wording changes: what, which rule or kind, where. */
  key: string;
  text: string;
}

interface Verdict {
  problems: Problem[];
  /** Error/warning findings that match a listed mistake. */
  matched: number;
  /** All error/warning findings. */
  serious: number;
  listed: number;
  found: number;
  findings: string[];
}

const EXPECTED = JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) as Record<string, Entry>;
/** Problems (by key) the rules of today still have, per workbook: tolerated, never added to. */
const KNOWN_FAILURES = JSON.parse(fs.readFileSync(path.join(DIR, 'known-failures.json'), 'utf8')) as Record<
  string,
  string[]
>;
const FILES = Object.keys(EXPECTED).sort();

/** These workbooks are not POM matrices on purpose; that rule rightly says so once per workbook. */
const OUT_OF_SCOPE: ReadonlySet<string> = new Set(['structure/no-matrix-found']);
const KIND_OF_RULE = new Map<string, string>(allRules.map((rule) => [rule.meta.id, rule.meta.kind]));

const describeFinding = (f: Finding): string => `${f.severity} ${f.rule} ${f.sheet}!${f.range}: ${f.message}`;

function kindsOf(finding: Finding): string[] {
  const also = (finding as Finding & { also?: string[] }).also ?? [];
  return [finding.kind, ...also.map((rule) => KIND_OF_RULE.get(rule) ?? rule)];
}

function judge(entry: Entry, findings: readonly Finding[]): Verdict {
  const serious = findings.filter((f) => f.severity !== 'info' && !OUT_OF_SCOPE.has(f.rule));
  const problems: Problem[] = [];
  const used = new Set<Finding>();
  const dependents = new Set<Finding>();
  let found = 0;
  for (const m of entry.mistakes) {
    const cells = [m.range, ...(m.alternatives ?? [])];
    const kinds = [m.kind, ...(m.otherKinds ?? [])];
    const candidates = serious.filter(
      (f) =>
        !used.has(f) && f.sheet === m.sheet && cells.includes(f.range) && kindsOf(f).some((k) => kinds.includes(k)),
    );
    const hit = candidates.find((f) => !m.severity || f.severity === m.severity) ?? candidates[0];
    const at = `${m.sheet}!${m.range}`;
    if (!hit) problems.push({ key: `missing ${m.kind} ${at}`, text: `no encontrado: ${m.kind} ${at}` });
    else {
      used.add(hit);
      found++;
      if (m.severity && hit.severity !== m.severity)
        problems.push({
          key: `severity ${m.kind} ${at}`,
          text: `severidad: ${m.kind} ${at} es ${hit.severity}, se esperaba ${m.severity}`,
        });
    }
    for (const f of serious)
      if (f.sheet === m.sheet && m.dependents?.includes(f.range)) {
        dependents.add(f);
        problems.push({
          key: `dependent ${f.rule} ${f.sheet}!${f.range}`,
          text: `dependiente reportado aparte: ${describeFinding(f)}`,
        });
      }
  }
  for (const f of serious)
    if (!used.has(f) && !dependents.has(f))
      problems.push({ key: `extra ${f.rule} ${f.sheet}!${f.range}`, text: `no esperado: ${describeFinding(f)}` });
  return {
    problems,
    matched: used.size,
    serious: serious.length,
    listed: entry.mistakes.length,
    found,
    findings: serious.map(describeFinding),
  };
}

const verdicts = new Map<string, Verdict>();

async function verdictFor(file: string): Promise<Verdict> {
  const { findings } = validateWorkbook(await readXlsx(fs.readFileSync(path.join(DIR, file))));
  const verdict = judge(EXPECTED[file], findings);
  verdicts.set(file, verdict);
  return verdict;
}

afterAll(() => {
  const sum = (key: 'matched' | 'serious' | 'listed' | 'found') =>
    [...verdicts.values()].reduce((n, v) => n + v[key], 0);
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((1000 * a) / b) / 10);
  const report = {
    workbooks: verdicts.size,
    passing: [...verdicts.values()].filter((v) => v.problems.length === 0).length,
    /** Tolerated problems that no longer occur: remove them from known-failures.json. */
    fixedKnownFailures: Object.fromEntries(
      [...verdicts.entries()]
        .map(([file, v]): [string, string[]] => {
          const seen = new Set(v.problems.map((p) => p.key));
          return [file, (KNOWN_FAILURES[file] ?? []).filter((key) => !seen.has(key))];
        })
        .filter(([, keys]) => keys.length > 0),
    ),
    precisionPercent: ratio(sum('matched'), sum('serious')),
    recallPercent: ratio(sum('found'), sum('listed')),
    matchedFindings: sum('matched'),
    errorWarningFindings: sum('serious'),
    mistakesFound: sum('found'),
    mistakesListed: sum('listed'),
    byWorkbook: Object.fromEntries([...verdicts.entries()].sort(([a], [b]) => a.localeCompare(b))),
  };
  fs.writeFileSync(PRECISION_FILE, JSON.stringify(report, null, 2) + '\n');
});

describe('the real-world-like corpus', () => {
  it('lists every workbook of the folder, at least 30, clean and faulty, with contract kinds', () => {
    const onDisk = fs
      .readdirSync(DIR)
      .filter((name) => name.endsWith('.xlsx'))
      .sort();
    expect(onDisk).toEqual(FILES);
    expect(FILES.length).toBeGreaterThanOrEqual(30);
    const kinds: ReadonlySet<string> = new Set(FINDING_KINDS);
    for (const file of FILES) {
      const entry = EXPECTED[file];
      expect({ file, consistent: entry.clean === (entry.mistakes.length === 0) }).toEqual({ file, consistent: true });
      for (const m of entry.mistakes)
        for (const kind of [m.kind, ...(m.otherKinds ?? [])])
          expect({ file, kind, known: kinds.has(kind) && m.note.length > 0 }).toEqual({ file, kind, known: true });
    }
    for (const pattern of new Set(FILES.map((file) => EXPECTED[file].pattern)))
      expect({
        pattern,
        clean: FILES.some((file) => EXPECTED[file].pattern === pattern && EXPECTED[file].clean),
      }).toEqual({
        pattern,
        clean: true,
      });
    for (const file of Object.keys(KNOWN_FAILURES)) expect(FILES).toContain(file);
  });

  it('carries the results a spreadsheet application computed for every formula', async () => {
    for (const file of FILES) {
      const snapshot = await readXlsx(fs.readFileSync(path.join(DIR, file)));
      const missing = snapshot.sheets.flatMap((sheet) =>
        sheet.cells
          .filter((cell) => cell.formula !== undefined && cell.value === null)
          .map((c) => `${sheet.name}:${c.row},${c.col}`),
      );
      expect({ file, missing }).toEqual({ file, missing: [] });
    }
  });
});

describe.each(FILES)('%s', (file) => {
  const entry = EXPECTED[file];
  const tolerated = new Set(KNOWN_FAILURES[file] ?? []);
  const title =
    (entry.clean
      ? 'no error or warning (info allowed)'
      : `finds its ${entry.mistakes.length} listed mistake(s) once each, and nothing else`) +
    (tolerated.size ? `, apart from ${tolerated.size} known failure(s)` : '');
  it(title, async () => {
    const verdict = await verdictFor(file);
    expect(verdict.problems.filter((p) => !tolerated.has(p.key)).map((p) => p.text)).toEqual([]);
  });
});
