/**
 * What every review report shows, whatever its format: per workbook its identity, counts, most
 * frequent problem and figures; across workbooks the findings counted by rule. The xlsx, html and
 * json writers (review-xlsx.ts, review-html.ts, here) only lay this out.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, FindingKind } from '../core';
import { planLabel } from '../domain/review/identity';
import { allRules } from '../rules';
import type { ReviewedWorkbook, WorkbookReview } from './review-file';

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

const descriptions = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.description]));

export function ruleDescription(rule: string): string {
  return descriptions.get(rule) ?? rule;
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

export function buildReport(workbooks: WorkbookReview[], now: Date = new Date()): ReviewReport {
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
          description: ruleDescription(f.rule),
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

/** A link to a cell of a workbook: `file:///…/plan.xlsx#'9.5 Metas'!D26`. */
export function cellLink(file: string, sheet: string, range: string): string {
  const cell = range.split(':')[0];
  return `${pathToFileURL(resolve(file)).href}#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

export function fileLink(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

export { planLabel };

/** The JSON report: the same facts, findings included, for other tools. */
export function formatReviewJson(report: ReviewReport): string {
  const workbooks = report.workbooks.map((w) =>
    w.status === 'unreadable'
      ? w
      : { ...w, plan: planLabel(w.identity), topProblem: topProblem(w) ?? null, findings: w.findings as Finding[] },
  );
  return `${JSON.stringify({ generated: report.generated, totals: report.totals, byRule: report.byRule, workbooks }, null, 2)}\n`;
}
