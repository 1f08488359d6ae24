/** The review report as JSON: the same facts, findings included, for other tools. */
import type { Finding } from '../../core';
import { planLabel } from './identity';
import { topProblem, type ReviewReport } from './report';

export function formatReviewJson(report: ReviewReport): string {
  const workbooks = report.workbooks.map((w) =>
    w.status === 'unreadable'
      ? w
      : { ...w, plan: planLabel(w.identity), topProblem: topProblem(w) ?? null, findings: w.findings as Finding[] },
  );
  return `${JSON.stringify({ generated: report.generated, totals: report.totals, byRule: report.byRule, workbooks }, null, 2)}\n`;
}
