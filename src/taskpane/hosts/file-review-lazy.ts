/**
 * The reviewer of several files as the pane first sees it: file-review.ts (the rules' glue, the
 * report and its html writer) comes in its own chunk the first time several files are opened.
 * Only types are imported here, so none of it is in the pane's first bundle.
 */
import type { FileReviewer } from './file-review';

export function lazyFileReviewer(): FileReviewer {
  let loaded: Promise<FileReviewer> | undefined;
  const get = () =>
    (loaded ??= import(/* webpackChunkName: "review" */ './file-review.js').then((m) => m.createFileReviewer()));
  return {
    review: async (name, bytes, ceilings) => (await get()).review(name, bytes, ceilings),
    report: async (workbooks, now) => (await get()).report(workbooks, now),
    write: async (report, format) => (await get()).write(report, format),
  };
}
