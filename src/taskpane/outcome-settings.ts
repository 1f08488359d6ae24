/**
 * A validation as the reviewer's settings leave it: the same `applySettings` the command line
 * runs after the rules (src/core/settings.ts), one finding at a time so the fix plan's indices
 * follow the findings that remain. A finding the settings drop takes its certain fixes with it:
 * «Corregir todo lo seguro» never writes a fix for a rule the reviewer switched off.
 */
import { applySettings, resummarize, type ApplyOptions } from '../core/settings';
import type { Finding } from '../core';
import type { FixPlan, ValidationOutcome } from './host';

export function withSettings(outcome: ValidationOutcome, options: ApplyOptions): ValidationOutcome {
  if (!options.rules && !options.authorised) return outcome;
  const findings: Finding[] = [];
  const moved = new Map<number, number>(); // old index → new index
  outcome.findings.forEach((finding, index) => {
    const [kept] = applySettings([finding], options);
    if (!kept) return;
    moved.set(index, findings.length);
    findings.push(kept);
  });
  const summary = resummarize(findings, outcome.summary);
  if (findings.length === outcome.findings.length) return { ...outcome, findings, summary };
  return { ...outcome, findings, summary, ...(outcome.fixes ? { fixes: keptFixes(outcome.fixes, moved) } : {}) };
}

/** The changes of the findings that remain, renumbered, in their first order. */
function keptFixes(plan: FixPlan, moved: ReadonlyMap<number, number>): FixPlan {
  const used = new Set<number>();
  for (const old of moved.keys()) for (const i of plan.byFinding[old] ?? []) used.add(i);
  const order = [...used].sort((a, b) => a - b);
  const renumber = new Map(order.map((old, now) => [old, now]));
  const byFinding: Record<number, number[]> = {};
  for (const [old, now] of moved) {
    const indices = plan.byFinding[old];
    if (indices) byFinding[now] = indices.map((i) => renumber.get(i)!);
  }
  return { changes: order.map((i) => plan.changes[i]), byFinding };
}
