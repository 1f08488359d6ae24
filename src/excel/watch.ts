/**
 * Re-validation on edit: listens to onChanged (ExcelApi 1.7) on the sheets that hold recognised
 * matrices and calls back once the user pauses, so typing a column of figures costs one run.
 */

export const REVALIDATE_DELAY_MS = 1500;

/** A trailing-edge debounce with a cancel, for the change listener. */
export function debounce(fn: () => void, delayMs: number): { call: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    call() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        fn();
      }, delayMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

/** Registers the listeners; returns the handlers so the caller can remove them later. */
export async function watchSheets(
  context: Excel.RequestContext,
  sheets: readonly string[],
  onChange: () => void,
): Promise<OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[]> {
  const handlers = sheets.map((name) =>
    context.workbook.worksheets.getItem(name).onChanged.add(async () => {
      onChange();
    }),
  );
  await context.sync();
  return handlers;
}

export async function unwatch(
  context: Excel.RequestContext,
  handlers: readonly OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[],
): Promise<void> {
  for (const handler of handlers) handler.remove();
  await context.sync();
}
