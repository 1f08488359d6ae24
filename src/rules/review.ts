/**
 * One workbook of a review of many, once read: validate it (and check its budget ceilings, when
 * given) and keep only what the review report needs — the findings without their message data,
 * the plan's identity, the recognised matrices and a few figures — so the snapshot can be dropped.
 * The command line (src/cli/review-file.ts) and the browser's file mode share it.
 */
import { summarize, validate, type WorkbookSnapshot } from '../core';
import type { Ceiling } from '../domain/review/ceilings';
import { planFigures } from '../domain/review/facts';
import { identifyPlan } from '../domain/review/identity';
import type { ReviewedWorkbook } from '../domain/review/report';
import { validateWorkbook } from './run';
import { createBudgetCeilingRule } from './totals/budget-ceiling';
import { allRules } from './index';

export function reviewSnapshot(
  file: string,
  snapshot: WorkbookSnapshot,
  ceilings: readonly Ceiling[] = [],
): ReviewedWorkbook {
  const result = validateWorkbook(snapshot);
  let findings = result.findings;
  let summary = result.summary;
  if (ceilings.length > 0) {
    const extra = validate(snapshot, [createBudgetCeilingRule(ceilings)]).findings;
    if (extra.length > 0) {
      findings = [...findings, ...extra];
      summary = { ...summarize(findings, summary.sheets, summary.cells, summary.ms) };
    }
  }
  return {
    file,
    status: 'reviewed',
    identity: identifyPlan(result.view),
    matrices: result.matrices.map((m) => m.title),
    summary,
    findings: findings.map(({ data: _data, ...finding }) => finding),
    figures: planFigures(result.view),
  };
}

const descriptions = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.description]));

/** A rule's one-line description from the rules' index (its id when it is not there). */
export function ruleDescription(rule: string): string {
  return descriptions.get(rule) ?? rule;
}
