/**
 * How a review report names and links each workbook. The command line links to the files where
 * they are (`file:///…/plan.xlsx#'9.5 Metas'!D26`, src/cli/review-report.ts); the browser, which
 * never knows where a file came from, links by name relative to the report
 * (`plan.xlsx#'9.5 Metas'!D26`): they work when the report is saved beside the workbooks.
 */
import type { ReviewReport } from './report';

export interface ReportLinks {
  /** The workbook's link. */
  file(file: string): string;
  /** A link to one cell of the workbook (the first cell of a range). */
  cell(file: string, sheet: string, range: string): string;
}

/** The file's name without its folders (either separator). */
export function fileBaseName(file: string): string {
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

/** `#'9.5 Metas'!D26`: where in a workbook a link opens (a range opens at its first cell). */
export function cellAnchor(sheet: string, range: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${range.split(':')[0]}`;
}

/** Links by file name, relative to where the report is saved. */
export const relativeLinks: ReportLinks = {
  file: (file) => encodeURIComponent(fileBaseName(file)),
  cell: (file, sheet, range) => `${encodeURIComponent(fileBaseName(file))}${cellAnchor(sheet, range)}`,
};

/** A rule's description as the report holds it (every rule with a finding is counted in it). */
export function describeRule(report: ReviewReport, rule: string): string {
  return report.byRule.find((r) => r.rule === rule)?.description ?? rule;
}
