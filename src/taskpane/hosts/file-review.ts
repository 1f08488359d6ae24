/**
 * File mode's review of several workbooks (issue 14, like `planifica review`): each file is read
 * and validated on its own, only what the report needs is kept (src/rules/review.ts) and the
 * snapshot is dropped. The report is the command line's, with links by file name (they work when
 * it is saved beside the workbooks). The reader comes with the first file (file-read.ts), the
 * xlsx writer and ExcelJS only when the .xlsx report is downloaded (file-review-xlsx.ts).
 */
import type { Ceiling } from '../../domain/review/ceilings';
import { formatReviewHtml } from '../../domain/review/html';
import { relativeLinks } from '../../domain/review/links';
import { buildReport, type ReviewReport, type WorkbookReview } from '../../domain/review/report';
import { reviewSnapshot, ruleDescription } from '../../rules/review';
import { isXlsxReadError } from '../../xlsx/errors';
import type { ReaderModule } from './file-host';

export type ReviewXlsxModule = typeof import('./file-review-xlsx.js');

const importReader = (): Promise<ReaderModule> => import(/* webpackChunkName: "xlsx-read" */ './file-read.js');
const importXlsx = (): Promise<ReviewXlsxModule> => import(/* webpackChunkName: "xlsx" */ './file-review-xlsx.js');

export type ReportFormat = 'xlsx' | 'html';

export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  type: string;
}

export interface FileReviewer {
  /**
   * Read and validate one workbook, its programmes checked against `ceilings` (a techos CSV, as
   * `--techos`); a file that cannot be read is a row with its reason, never a throw.
   */
  review(name: string, bytes: Uint8Array, ceilings?: readonly Ceiling[]): Promise<WorkbookReview>;
  /** The report of the workbooks reviewed, in the command line's order (by name). */
  report(workbooks: readonly WorkbookReview[], now?: Date): Promise<ReviewReport>;
  /** The report as the command line writes it, ready to download. */
  write(report: ReviewReport, format: ReportFormat): Promise<ReportFile>;
}

/** `revision-planes-2026-12-03.xlsx`: the day the report was made. */
export function reportFileName(report: ReviewReport, format: ReportFormat): string {
  return `revision-planes-${report.generated.slice(0, 10)}.${format}`;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The loaders are the lazy imports; tests hand in the modules directly (Jest runs no import()). */
export function createFileReviewer(
  loadReader: () => Promise<ReaderModule> = importReader,
  loadXlsx: () => Promise<ReviewXlsxModule> = importXlsx,
): FileReviewer {
  return {
    async review(name, bytes, ceilings) {
      const { readXlsx } = await loadReader();
      let snapshot;
      try {
        snapshot = await readXlsx(bytes);
      } catch (error) {
        const reason = isXlsxReadError(error)
          ? error.message
          : `error interno: ${error instanceof Error ? error.message : String(error)}`;
        return { file: name, status: 'unreadable', reason };
      }
      return reviewSnapshot(name, snapshot, ceilings);
    },
    async report(workbooks, now) {
      const sorted = [...workbooks].sort((a, b) => a.file.localeCompare(b.file, 'es'));
      return buildReport(sorted, ruleDescription, now);
    },
    async write(report, format) {
      const fileName = reportFileName(report, format);
      if (format === 'html') {
        const bytes = new TextEncoder().encode(formatReviewHtml(report, relativeLinks));
        return { fileName, bytes, type: 'text/html;charset=utf-8' };
      }
      const { writeReviewXlsx } = await loadXlsx();
      return { fileName, bytes: await writeReviewXlsx(report, relativeLinks), type: XLSX_TYPE };
    },
  };
}
