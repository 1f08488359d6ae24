/**
 * Reviews many workbooks in parallel: one worker thread per core (review-worker.ts), each fed
 * the next file as soon as it is done, results kept in the order the files were given. Where the
 * worker cannot run (the TypeScript sources under tests, a single file), files are reviewed here,
 * one after another, with the same code.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Ceiling } from '../domain/review/ceilings';
import { reviewFile, type WorkbookReview } from './review-file';

export interface PoolOptions {
  ceilings: readonly Ceiling[];
  /** Worker threads; default one per core. 0 reviews in this thread. */
  workers?: number;
  /** Called when a file starts: it is file number `started` of `total`; `done` are finished. */
  onProgress?: (progress: { done: number; started: number; total: number; file: string }) => void;
}

/** The compiled worker next to this file, when there is one (dist/, not the .ts sources). */
function workerScript(): string | undefined {
  const script = join(__dirname, 'review-worker.js');
  return __filename.endsWith('.js') && existsSync(script) ? script : undefined;
}

export async function reviewFiles(files: readonly string[], options: PoolOptions): Promise<WorkbookReview[]> {
  const script = workerScript();
  const wanted = options.workers ?? availableParallelism();
  const count = Math.min(wanted, files.length);
  if (!script || count <= 1 || files.length < 2) {
    const reviews: WorkbookReview[] = [];
    for (const [i, file] of files.entries()) {
      options.onProgress?.({ done: i, started: i + 1, total: files.length, file });
      reviews.push(await reviewFile(file, options.ceilings));
    }
    return reviews;
  }
  return new Promise((resolve) => {
    const reviews: WorkbookReview[] = new Array(files.length);
    let next = 0;
    let done = 0;
    let running = 0;
    const workers: Worker[] = [];
    const finish = (): void => {
      for (const worker of workers) void worker.terminate();
      resolve(reviews);
    };
    const start = (): void => {
      const worker = new Worker(script, { workerData: { ceilings: options.ceilings } });
      workers.push(worker);
      let current: number | undefined;
      const feed = (): void => {
        if (next >= files.length) {
          current = undefined;
          if (--running === 0) finish();
          return;
        }
        current = next++;
        options.onProgress?.({ done, started: current + 1, total: files.length, file: files[current] });
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on('message', (message: { index: number; review: WorkbookReview }) => {
        reviews[message.index] = message.review;
        done++;
        feed();
      });
      // A worker that dies (out of memory on one huge file) loses that file only.
      worker.on('error', (error) => {
        if (current !== undefined) {
          reviews[current] = {
            file: files[current],
            status: 'unreadable',
            reason: `error interno: ${error.message.split('\n')[0]}`,
          };
          done++;
        }
        running--;
        if (next < files.length) start();
        else if (running === 0) finish();
      });
      running++;
      feed();
    };
    for (let i = 0; i < count; i++) start();
  });
}
