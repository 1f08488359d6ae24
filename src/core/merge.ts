/**
 * One mistake, one finding. Rules look at a workbook from different sides, so one typo can be
 * seen by several of them: the same cell flagged by three rules, or a wrong figure whose total
 * then disagrees too. Here those are folded into the most specific finding, which names the
 * other rules in `also` and the dependent cells in `related`.
 */
import type { CellRef, Finding, FindingKind } from './finding';
import { worseSeverity } from './finding';

/**
 * Most specific first: what the cell shows, then a fact about the plan, then a formula fault
 * that says how to mend it, then the generic consequences (a total off, a pattern broken).
 */
const KIND_PRIORITY: readonly FindingKind[] = [
  'error-value',
  'cross-sheet-mismatch',
  'narrative-mismatch',
  'invalid-code',
  'duplicate-id',
  'missing-field',
  'out-of-range',
  'unknown-value',
  'range-omits-cells',
  'hardcoded-total',
  'number-as-text',
  'total-mismatch',
  'inconsistent-formula',
  'empty-reference',
  'structure',
];
const PRIORITY = new Map(KIND_PRIORITY.map((kind, i) => [kind, i]));

/** Money is compared to the centavo, goals exactly: half a centavo absorbs float noise. */
const SAME_AMOUNT = 0.005;

const at = (ref: CellRef): string => `${ref.sheet}\u0000${ref.range}`;

function absorb(root: Finding, dependent: Finding, dependentCell: boolean): void {
  root.severity = worseSeverity(root.severity, dependent.severity);
  root.confidence = Math.max(root.confidence ?? 1, dependent.confidence ?? 1);
  const also = new Set(root.also ?? []);
  for (const rule of [dependent.rule, ...(dependent.also ?? [])]) if (rule !== root.rule) also.add(rule);
  if (also.size) root.also = [...also].sort();
  const related = new Map((root.related ?? []).map((ref) => [at(ref), ref]));
  const own = at(root);
  const extra = dependentCell ? [{ sheet: dependent.sheet, range: dependent.range }] : (dependent.related ?? []);
  for (const ref of extra) if (at(ref) !== own && !related.has(at(ref))) related.set(at(ref), ref);
  if (related.size) root.related = [...related.values()];
  if (!root.fix && dependent.fix && !dependentCell) root.fix = dependent.fix;
}

/** Findings of several rules on the same cell become one, led by the most specific. */
function mergeSameCell(findings: Finding[]): Finding[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = at(f);
    const list = byCell.get(key);
    if (list) list.push(f);
    else byCell.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const list of byCell.values()) {
    if (list.length === 1) {
      out.push(list[0]);
      continue;
    }
    const ordered = [...list].sort(
      (a, b) =>
        (PRIORITY.get(a.kind) ?? 99) - (PRIORITY.get(b.kind) ?? 99) ||
        (b.confidence ?? 1) - (a.confidence ?? 1) ||
        a.rule.localeCompare(b.rule),
    );
    const root = { ...ordered[0] };
    out.push(root);
    for (const other of list) {
      if (other === ordered[0]) continue;
      // One rule's findings at one cell are different mistakes (a missing column, a missing Total).
      if (other.rule === root.rule) out.push(other);
      else absorb(root, other, false);
    }
  }
  return out;
}

/**
 * A total that disagrees only because one of its members is wrong: correcting the member (its
 * `expected` instead of its `actual`) makes the total add up. The total is a dependent of that
 * member's finding and is reported there, as `related`, not as a mistake of its own.
 */
function foldCascades(findings: Finding[]): Finding[] {
  const byCell = new Map<string, Finding>();
  for (const f of findings) byCell.set(at(f), f);
  const parent = new Map<Finding, Finding>();
  for (const total of findings) {
    if (total.kind !== 'total-mismatch' || !total.related) continue;
    if (typeof total.expected !== 'number' || typeof total.actual !== 'number') continue;
    const gap = total.actual - total.expected;
    if (Math.abs(gap) < SAME_AMOUNT) continue;
    for (const ref of total.related) {
      const member = byCell.get(at(ref));
      if (!member || member === total || parent.has(member)) continue;
      const change = correction(member);
      if (change === undefined) continue;
      if (Math.abs(change - gap) < SAME_AMOUNT) {
        parent.set(total, member);
        break;
      }
    }
  }
  if (parent.size === 0) return findings;
  const rootOf = (f: Finding): Finding => {
    let root = f;
    const seen = new Set<Finding>();
    while (parent.has(root) && !seen.has(root)) {
      seen.add(root);
      root = parent.get(root)!;
    }
    return root;
  };
  const copies = new Map<Finding, Finding>();
  const copy = (f: Finding): Finding => {
    let c = copies.get(f);
    if (!c) copies.set(f, (c = { ...f }));
    return c;
  };
  for (const f of findings) {
    const root = rootOf(f);
    if (root !== f) absorb(copy(root), f, true);
  }
  return findings.filter((f) => rootOf(f) === f).map((f) => copies.get(f) ?? f);
}

/**
 * How much mending a finding changes its cell's value: expected − actual, or, for a formula
 * fault (expected and actual are formulas), the values the rule gives in `data`.
 */
function correction(finding: Finding): number | undefined {
  if (typeof finding.expected === 'number' && typeof finding.actual === 'number')
    return finding.expected - finding.actual;
  const data = finding.data;
  if (typeof data?.valueExpected === 'number' && typeof data.valueActual === 'number')
    return data.valueExpected - data.valueActual;
  return undefined;
}

export function mergeFindings(findings: Finding[]): Finding[] {
  return foldCascades(mergeSameCell(findings));
}
