/**
 * The units a workbook carries in its own unit list: a workbook generated for an institution
 * lists its authorised units ("Taller") in the `LISTA_UNIDADES` range its drop-down lists use.
 * Those extend the catalogue for that workbook — they never switch a check off — and the
 * validation says so, so a reviewer knows which units the workbook brought.
 */
import { parseRange, type RangeBox, type WorkbookView } from '../../core';
import { createUnitCatalog, findUnit, type UnitCatalog } from './units';

/** The workbook-level name of the unit list in workbooks Planifica generates. */
export const UNIT_LIST_NAME = 'LISTA_UNIDADES';

export interface WorkbookUnits {
  /** The units of the list that the standard catalogue does not have, in list order. */
  readonly extra: readonly string[];
  /** The catalogue for this workbook: standard units plus `extra`. */
  readonly catalog: UnitCatalog;
  /** Where the list is, for the finding that names the extension. */
  readonly sheet?: string;
  readonly range?: RangeBox;
}

/** At most this many cells of a list are read: a unit list is short. */
const MAX_LIST_CELLS = 2_000;

export function workbookUnits(workbook: WorkbookView): WorkbookUnits {
  return workbook.memo('catalog:workbook-units', () => readWorkbookUnits(workbook));
}

function readWorkbookUnits(workbook: WorkbookView): WorkbookUnits {
  const none: WorkbookUnits = { extra: [], catalog: createUnitCatalog() };
  const name = workbook.definedNames.find((d) => d.name.toUpperCase() === UNIT_LIST_NAME);
  if (!name) return none;
  const bang = name.ref.lastIndexOf('!');
  if (bang < 0) return none;
  const sheetName = name.ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  const box = parseRange(name.ref.slice(bang + 1).replace(/\$/g, ''));
  const sheet = workbook.sheet(sheetName);
  if (!sheet || !box || (box.bottom - box.top + 1) * (box.right - box.left + 1) > MAX_LIST_CELLS) return none;
  const extra: string[] = [];
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) {
      const value = sheet.get(r, c)?.value;
      if (typeof value !== 'string' || value.trim() === '') continue;
      const unit = value.trim();
      if (findUnit(unit) === undefined && !extra.includes(unit)) extra.push(unit);
    }
  if (extra.length === 0) return none;
  return { extra, catalog: createUnitCatalog(extra), sheet: sheet.name, range: box };
}
