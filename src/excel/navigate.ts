/** Clicking a finding: activate its sheet and select its cell (Excel scrolls to it), in one round trip. */
import type { CellRef } from '../core';
import { adapterError, officeErrorCode, toAdapterError } from './errors';

/**
 * `also`: other addresses on the same sheet to select with it (the finding's related cells, on
 * request). Several areas at once need ExcelApi 1.9 (`multiArea`); without it only the cell is selected.
 */
export async function selectCell(
  context: Excel.RequestContext,
  ref: CellRef,
  also: readonly string[] = [],
  multiArea = false,
): Promise<void> {
  try {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    if (also.length > 0 && multiArea) sheet.getRanges([ref.range, ...also].join(',')).select();
    else sheet.getRange(ref.range).select();
    await context.sync();
  } catch (error) {
    if (officeErrorCode(error) === 'ItemNotFound') throw adapterError('sheet-not-found', ref.sheet);
    throw toAdapterError(error);
  }
}
