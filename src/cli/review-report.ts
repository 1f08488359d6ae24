/**
 * The review report (src/domain/review/report.ts) as the command line needs it: rules described
 * by the index, links to files and cells, and the JSON form. The xlsx and html writers are
 * review-xlsx.ts and review-html.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../core';
import { planLabel } from '../domain/review/identity';
import { allRules } from '../rules';
import { buildReport as build, topProblem, type ReviewReport } from '../domain/review/report';
import type { WorkbookReview } from './review-file';

export { topProblem, type ReviewReport, type RuleCount } from '../domain/review/report';

const descriptions = new Map(allRules.map((rule) => [rule.meta.id, rule.meta.description]));

export function ruleDescription(rule: string): string {
  return descriptions.get(rule) ?? rule;
}

/** The report, each rule described by the rules' index. */
export function buildReport(workbooks: WorkbookReview[], now: Date = new Date()): ReviewReport {
  return build(workbooks, ruleDescription, now);
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
