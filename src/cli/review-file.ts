/**
 * One workbook of a review: read it, then validate it and keep what the report needs
 * (src/rules/review.ts); the snapshot is dropped. Runs inside a worker thread (review-worker.ts)
 * or, for a single file or under tests, in the main thread.
 */
import type { Ceiling } from '../domain/review/ceilings';
import type { WorkbookReview } from '../domain/review/report';
import { reviewSnapshot } from '../rules/review';
import { isXlsxReadError } from '../xlsx/errors';
import { describeError } from './io';
import { readWorkbookFile } from './inputs';

export type { ReviewedWorkbook, UnreadableWorkbook, WorkbookReview } from '../domain/review/report';

export async function reviewFile(file: string, ceilings: readonly Ceiling[]): Promise<WorkbookReview> {
  let snapshot;
  try {
    ({ snapshot } = await readWorkbookFile(file));
  } catch (error) {
    const reason = isXlsxReadError(error) ? error.message : `error interno: ${describeError(error)}`;
    return { file, status: 'unreadable', reason };
  }
  return reviewSnapshot(file, snapshot, ceilings);
}
