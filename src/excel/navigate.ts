/** Clicking a finding: activate its sheet and select its cell, in one round trip. */
import type { CellRef } from '../core';
import { adapterError, officeErrorCode, toAdapterError } from './errors';

export async function selectCell(context: Excel.RequestContext, ref: CellRef): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.range).select();
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') throw adapterError('sheet-not-found', ref.sheet);
    throw toAdapterError(error);
  }
}
