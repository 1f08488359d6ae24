/**
 * The review report (src/domain/review/report.ts) as the command line needs it: rules described
 * by the index and links to the files where they are. The writers are shared with the browser's
 * file mode: src/xlsx/review-report.ts (xlsx), src/domain/review/html.ts and json.ts.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cellAnchor, type ReportLinks } from '../domain/review/links';
import { buildReport as build, type ReviewReport, type WorkbookReview } from '../domain/review/report';
import { ruleDescription } from '../rules/review';

export { formatReviewJson } from '../domain/review/json';
export { topProblem, type ReviewReport, type RuleCount } from '../domain/review/report';
export { ruleDescription };

/** The report, each rule described by the rules' index. */
export function buildReport(workbooks: WorkbookReview[], now: Date = new Date()): ReviewReport {
  return build(workbooks, ruleDescription, now);
}

export function fileLink(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

/** A link to a cell of a workbook: `file:///…/plan.xlsx#'9.5 Metas'!D26`. */
export function cellLink(file: string, sheet: string, range: string): string {
  return `${fileLink(file)}${cellAnchor(sheet, range)}`;
}

/** The command line's links: to each file where it is. */
export const fileLinks: ReportLinks = { file: fileLink, cell: cellLink };
