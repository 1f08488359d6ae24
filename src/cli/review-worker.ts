/**
 * A worker thread of `planifica review`: reviews the files the main thread sends, one at a time,
 * and posts each result back. Its snapshots die with each file: the main thread's memory grows
 * with the findings it keeps, not with the workbooks read.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Ceiling } from '../domain/review/ceilings';
import { preferExcelJsBundle } from './exceljs-bundle';

preferExcelJsBundle();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the bundle is registered
const { reviewFile } = require('./review-file') as typeof import('./review-file');

const ceilings = ((workerData as { ceilings?: Ceiling[] } | null)?.ceilings ?? []) as Ceiling[];

parentPort?.on('message', (task: { index: number; file: string }) => {
  reviewFile(task.file, ceilings).then(
    (review) => parentPort?.postMessage({ index: task.index, review }),
    (error: unknown) =>
      parentPort?.postMessage({
        index: task.index,
        review: {
          file: task.file,
          status: 'unreadable',
          reason: `error interno: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        },
      }),
  );
});
