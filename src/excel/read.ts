/**
 * Reads the live workbook into a WorkbookSnapshot in a few round trips, whatever its size:
 *  1. sheet list, defined names and document properties;
 *  2. every sheet's used range (and merged areas), all sheets in the same sync;
 *  3. the cells, in row blocks packed into requests of at most `cellsPerRequest` cells, each
 *     block loading values, formulas, number formats and value types together.
 * So a workbook of N cells costs 2 + ceil(N / cellsPerRequest) syncs (one block per sheet at
 * least), the same for 1 000 rows as for 20 000 rows of the same width until the limit.
 */
import { type Cell, type CellValue, type DefinedName, type SheetSnapshot, type WorkbookSnapshot } from '../core';
import { adapterError, isPayloadLimit, toAdapterError } from './errors';
import type { ExcelFeatures } from './requirements';

/**
 * Cells per request. Excel on the web refuses requests or responses above ~5 MB. Each cell comes
 * back four times (value, formula, number format, value type): about 50 bytes for a number or a
 * blank cell, a few hundred for a long narrative cell, which appears twice (value and formula).
 * 20 000 cells at an average of 100 bytes is 2 MB, leaving 2.5× headroom for text-heavy sheets;
 * should a request still exceed the limit, the reader halves the block and retries.
 */
export const CELLS_PER_REQUEST = 20_000;
/** Cell properties (bold, indent) roughly double a cell's payload: half the cells per request. */
const STYLE_PAYLOAD_FACTOR = 2;
/** Below this many cells a request is not split further after a payload error. */
const MIN_CELLS_PER_REQUEST = 500;

export interface ReadOptions {
  features: ExcelFeatures;
  cellsPerRequest?: number;
  /** Read bold and indent (ExcelApi 1.9 getCellProperties). Default: when supported. */
  styles?: boolean;
  /** Sheets to leave out (Planifica's own report sheet). */
  skipSheets?: readonly string[];
}

interface UsedArea {
  sheet: Excel.Worksheet;
  name: string;
  hidden: boolean;
  top: number;
  left: number;
  rows: number;
  cols: number;
  address: string | null;
  merges: string[];
}

/** A horizontal slice of a sheet's used range, read as one Excel range. */
export interface RowBlock {
  area: number;
  rowOffset: number;
  rows: number;
}

/** Splits used areas into row blocks and packs them into requests of at most `limit` cells. */
export function planRequests(areas: readonly { rows: number; cols: number }[], limit: number): RowBlock[][] {
  const requests: RowBlock[][] = [];
  let current: RowBlock[] = [];
  let cells = 0;
  areas.forEach((area, index) => {
    if (area.rows === 0 || area.cols === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(limit / area.cols));
    for (let rowOffset = 0; rowOffset < area.rows;) {
      const room = Math.max(1, Math.floor((limit - cells) / area.cols));
      const rows = Math.min(area.rows - rowOffset, rowsPerBlock, room);
      if (cells > 0 && cells + rows * area.cols > limit) {
        requests.push(current);
        current = [];
        cells = 0;
        continue;
      }
      current.push({ area: index, rowOffset, rows });
      cells += rows * area.cols;
      rowOffset += rows;
    }
  });
  if (current.length) requests.push(current);
  return requests;
}

function toCellValue(value: unknown, type: string): CellValue {
  switch (type) {
    case 'Empty':
      return null;
    case 'Error':
      return { error: String(value) };
    case 'Boolean':
      return Boolean(value);
    case 'Double':
    case 'Integer':
      return typeof value === 'number' ? value : Number(value);
    default:
      return value === '' || value === null || value === undefined ? null : (value as string | number | boolean);
  }
}

interface BlockData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  styles?: Excel.CellProperties[][];
}

function blockCells(area: UsedArea, block: RowBlock, data: BlockData): Cell[] {
  const cells: Cell[] = [];
  for (let r = 0; r < block.rows; r++) {
    for (let c = 0; c < area.cols; c++) {
      const type = data.valueTypes[r][c];
      const formulaText = data.formulas[r][c];
      const isFormula = typeof formulaText === 'string' && formulaText.startsWith('=');
      if (type === 'Empty' && !isFormula) continue;
      const cell: Cell = {
        row: area.top + block.rowOffset + r,
        col: area.left + c,
        value: toCellValue(data.values[r][c], type),
      };
      if (isFormula) cell.formula = formulaText.slice(1);
      const numFmt = data.numberFormat[r][c];
      if (typeof numFmt === 'string' && numFmt !== 'General' && numFmt !== '') cell.numFmt = numFmt;
      const props = data.styles?.[r]?.[c];
      if (props) {
        const bold = props.format?.font?.bold;
        const indent = props.format?.indentLevel;
        if (bold || indent) cell.style = { ...(bold ? { bold: true } : {}), ...(indent ? { indent } : {}) };
      }
      cells.push(cell);
    }
  }
  return cells;
}

/** "Hoja 1!A1:B2, Hoja 1!C3" or "'Hoja 1'!A1:B2" → ["A1:B2", "C3"]. */
export function stripSheetPrefixes(address: string): string[] {
  return address
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.slice(part.lastIndexOf('!') + 1).replace(/\$/g, ''));
}

async function loadBlocks(
  context: Excel.RequestContext,
  areas: UsedArea[],
  request: RowBlock[],
  styles: boolean,
): Promise<BlockData[]> {
  const pending = request.map((block) => {
    const area = areas[block.area];
    const range = area.sheet.getRangeByIndexes(area.top + block.rowOffset, area.left, block.rows, area.cols);
    range.load('values,formulas,numberFormat,valueTypes');
    const props = styles ? range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } }) : undefined;
    return { range, props };
  });
  await context.sync();
  return pending.map(({ range, props }) => ({
    values: range.values,
    formulas: range.formulas,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes as string[][],
    styles: props?.value,
  }));
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  try {
    return await readWorkbookUnsafe(context, options);
  } catch (error) {
    throw toAdapterError(error);
  }
}

async function readWorkbookUnsafe(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookSnapshot> {
  const styles = options.styles ?? options.features.cellProperties;
  const skip = new Set((options.skipSheets ?? []).map((name) => name.toLowerCase()));

  // Round trip 1: what the workbook holds.
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/formula');
  const custom = context.workbook.properties.custom;
  custom.load('items/key,items/value');
  const core = context.workbook.properties;
  core.load('title,subject,author');
  await context.sync();

  // Round trip 2: every sheet's used range (values only: formatting alone does not count).
  const pending = worksheets.items
    .filter((sheet) => !skip.has(sheet.name.toLowerCase()))
    .map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load('address,rowIndex,columnIndex,rowCount,columnCount');
      const merged = options.features.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
      merged?.load('address');
      return { sheet, used, merged };
    });
  await context.sync();

  const areas: UsedArea[] = pending.map(({ sheet, used, merged }) => {
    const empty = used.isNullObject;
    return {
      sheet,
      name: sheet.name,
      hidden: sheet.visibility !== 'Visible',
      top: empty ? 0 : used.rowIndex,
      left: empty ? 0 : used.columnIndex,
      rows: empty ? 0 : used.rowCount,
      cols: empty ? 0 : used.columnCount,
      address: empty ? null : stripSheetPrefixes(used.address)[0],
      merges: merged && !merged.isNullObject ? stripSheetPrefixes(merged.address) : [],
    };
  });

  // Round trips 3…: the cells, in blocks that stay under the payload limit.
  const cellsBySheet: Cell[][] = areas.map(() => []);
  let limit = Math.floor((options.cellsPerRequest ?? CELLS_PER_REQUEST) / (styles ? STYLE_PAYLOAD_FACTOR : 1));
  const queue = planRequests(areas, limit);
  while (queue.length) {
    const request = queue.shift()!;
    let data: BlockData[];
    try {
      // One sync per payload-sized request, by design (see CELLS_PER_REQUEST).
      data = await loadBlocks(context, areas, request, styles);
    } catch (error) {
      if (!isPayloadLimit(error) || limit <= MIN_CELLS_PER_REQUEST) {
        throw isPayloadLimit(error) ? adapterError('payload-too-large') : error;
      }
      // Too big for Excel on the web after all (very long texts): halve and re-plan this request.
      limit = Math.floor(limit / 2);
      queue.unshift(...replan(areas, request, limit));
      continue;
    }
    request.forEach((block, i) => cellsBySheet[block.area].push(...blockCells(areas[block.area], block, data[i])));
  }

  const sheets: SheetSnapshot[] = areas.map((area, i) => {
    const sheet: SheetSnapshot = {
      name: area.name,
      cells: cellsBySheet[i].sort((a, b) => a.row - b.row || a.col - b.col),
      merges: area.merges,
      usedRange: area.address,
    };
    if (area.hidden) sheet.hidden = true;
    return sheet;
  });

  const definedNames: DefinedName[] = names.items
    .filter((item) => item.type === 'Range' && typeof item.formula === 'string')
    .map((item) => ({ name: item.name, ref: String(item.formula).replace(/^=/, '') }));

  const properties: Record<string, string> = {};
  for (const [key, value] of [
    ['title', core.title],
    ['subject', core.subject],
    ['creator', core.author],
  ] as const) {
    if (value) properties[key] = value;
  }
  for (const item of custom.items) {
    if (!(item.key in properties) && item.value !== null && item.value !== undefined) {
      properties[item.key] = String(item.value);
    }
  }

  return { sheets, definedNames, properties };
}

/** The blocks of a failed request, split again under a smaller limit. */
function replan(areas: UsedArea[], request: RowBlock[], limit: number): RowBlock[][] {
  const requests: RowBlock[][] = [];
  for (const block of request) {
    const cols = areas[block.area].cols;
    const rowsPerBlock = Math.max(1, Math.floor(limit / cols));
    for (let offset = 0; offset < block.rows; offset += rowsPerBlock) {
      requests.push([
        { area: block.area, rowOffset: block.rowOffset + offset, rows: Math.min(rowsPerBlock, block.rows - offset) },
      ]);
    }
  }
  return requests;
}
