/**
 * What a review of many workbooks reports, whatever its format: per workbook its identity,
 * counts, most frequent problem and figures; across workbooks the findings counted by rule.
 * Pure data: the command line (src/cli/review*.ts) reads and writes files around it.
 */
import type { Finding, FindingKind, Summary } from '../../core';
import type { PlanFigures } from './facts';
import type { PlanIdentity } from './identity';

export interface ReviewedWorkbook {
  file: string;
  status: 'reviewed';
  identity: PlanIdentity;
  /** Titles of the recognised matrices, in workbook order (one per matrix). */
  matrices: string[];
  summary: Summary;
  /** The findings without their message data (tests of rules need it, a report does not). */
  findings: Finding[];
  figures: PlanFigures;
}

export interface UnreadableWorkbook {
  file: string;
  status: 'unreadable';
  /** One line, Spanish: why it could not be read. */
  reason: string;
}

export type WorkbookReview = ReviewedWorkbook | UnreadableWorkbook;

export interface RuleCount {
  rule: string;
  description: string;
  kind: FindingKind | string;
  findings: number;
  /** Workbooks with at least one finding of the rule. */
  workbooks: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface ReviewReport {
  generated: string;
  workbooks: WorkbookReview[];
  /** Years of every workbook's budget, sorted: one summary column each. */
  budgetYears: number[];
  byRule: RuleCount[];
  totals: {
    workbooks: number;
    reviewed: number;
    unreadable: number;
    withErrors: number;
    errors: number;
    warnings: number;
    infos: number;
  };
}

/** The rule with most findings in a workbook (errors first on a tie), with its count. */
export function topProblem(workbook: ReviewedWorkbook): { rule: string; count: number } | undefined {
  const counts = new Map<string, { count: number; errors: number }>();
  for (const f of workbook.findings) {
    const entry = counts.get(f.rule) ?? { count: 0, errors: 0 };
    entry.count++;
    if (f.severity === 'error') entry.errors++;
    counts.set(f.rule, entry);
  }
  let best: { rule: string; count: number; errors: number } | undefined;
  for (const [rule, entry] of counts) {
    if (
      !best ||
      entry.count > best.count ||
      (entry.count === best.count && entry.errors > best.errors) ||
      (entry.count === best.count && entry.errors === best.errors && rule < best.rule)
    )
      best = { rule, ...entry };
  }
  return best && { rule: best.rule, count: best.count };
}

/** `describe(rule)`: the rule's one-line description (the rules' index knows them). */
export function buildReport(
  workbooks: WorkbookReview[],
  describe: (rule: string) => string,
  now: Date = new Date(),
): ReviewReport {
  const byRule = new Map<string, RuleCount>();
  const years = new Set<number>();
  const totals = {
    workbooks: workbooks.length,
    reviewed: 0,
    unreadable: 0,
    withErrors: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  };
  for (const workbook of workbooks) {
    if (workbook.status === 'unreadable') {
      totals.unreadable++;
      continue;
    }
    totals.reviewed++;
    if (workbook.summary.errors > 0) totals.withErrors++;
    totals.errors += workbook.summary.errors;
    totals.warnings += workbook.summary.warnings;
    totals.infos += workbook.summary.infos;
    for (const year of Object.keys(workbook.figures.budgetByYear)) years.add(Number(year));
    const seen = new Set<string>();
    for (const f of workbook.findings) {
      let count = byRule.get(f.rule);
      if (!count) {
        count = {
          rule: f.rule,
          description: describe(f.rule),
          kind: f.kind,
          findings: 0,
          workbooks: 0,
          errors: 0,
          warnings: 0,
          infos: 0,
        };
        byRule.set(f.rule, count);
      }
      count.findings++;
      if (f.severity === 'error') count.errors++;
      else if (f.severity === 'warning') count.warnings++;
      else count.infos++;
      if (!seen.has(f.rule)) {
        seen.add(f.rule);
        count.workbooks++;
      }
    }
  }
  return {
    generated: now.toISOString(),
    workbooks,
    budgetYears: [...years].sort((a, b) => a - b),
    byRule: [...byRule.values()].sort((a, b) => b.findings - a.findings || a.rule.localeCompare(b.rule)),
    totals,
  };
}
