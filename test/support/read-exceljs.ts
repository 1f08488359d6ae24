/**
 * The reader Planifica used before src/xlsx/read.ts: ExcelJS's full object model, turned into a
 * WorkbookSnapshot. Kept for tests only, as the reference of the differential test
 * (test/xlsx/read-differential.test.ts): both must give the same snapshot on sound workbooks.
 */
import { translateFormulaToA1, translateFormulaToR1C1 } from '@borgar/fx';
import ExcelJS from 'exceljs';
import {
  moveFormula,
  parseCell,
  parseRange,
  type Cell,
  type CellStyle,
  type CellValue,
  type RangeBox,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/core';
import { XlsxReadError, formatCount } from '../../src/xlsx/errors';
import { WORKBOOK_RELS_PART, inspectPackage, tooManyCells } from './read-exceljs-package';
import { parseAppProperties, parseCustomProperties, parseWorkbookPart } from './read-exceljs-parts';
import { resolveLimits, type ReadLimits } from '../../src/xlsx/read-limits';
import { MergedAreas, displayFormula, spreadArrayFormulas, usedRange } from '../../src/xlsx/read-sheet';
import { corruptError } from '../../src/xlsx/zip';

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
}

// Worksheet parts ExcelJS would expand cell by cell (a validation list on a whole column is a
// million entries) and that no rule reads, and merged areas, which ExcelJS checks each against
// all earlier ones (10,000 merges: 9 s) and which read-package.ts already collected.
const IGNORED_SHEET_NODES = ['dataValidations', 'conditionalFormatting', 'extLst'];
const MERGE_NODE = 'mergeCells';

const MS_PER_DAY = 86_400_000;
/** Days between 1899-12-30 (serial 0 of the 1900 system) and 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DATE_1904_OFFSET = 1_462;

export async function readXlsxWithExcelJs(
  data: Uint8Array | ArrayBuffer,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const limits = resolveLimits(options.limits);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const pkg = await inspectPackage(bytes, limits);

  const workbookPart = parseWorkbookPart(
    pkg.parts.get('xl/workbook.xml') ?? '',
    pkg.parts.get(WORKBOOK_RELS_PART) ?? '',
  );
  if (workbookPart.sheetCount > limits.maxSheets) {
    throw new XlsxReadError(
      'too-many-sheets',
      `el libro tiene demasiadas hojas (${formatCount(workbookPart.sheetCount)}; máximo ${formatCount(limits.maxSheets)})`,
      `the workbook has too many sheets (${formatCount(workbookPart.sheetCount)}; at most ${formatCount(limits.maxSheets)})`,
    );
  }

  const workbook = new ExcelJS.Workbook();
  // Defined names are read from workbook.xml verbatim (read-parts.ts); ExcelJS would expand
  // each named area cell by cell, which a large print area turns into seconds of work.
  Object.defineProperty(workbook.definedNames, 'model', { get: () => [], set: () => undefined });
  try {
    await workbook.xlsx.load(
      pkg.stored as unknown as ArrayBuffer,
      { ignoreNodes: pkg.inflated ? [...IGNORED_SHEET_NODES, MERGE_NODE] : IGNORED_SHEET_NODES } as object,
    );
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    // ExcelJS and its XML parser explain in English; the user gets Spanish, logs get the detail.
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 160);
    throw corruptError('su contenido no se puede interpretar', `its content cannot be parsed: ${detail}`);
  }

  const date1904 = Boolean(workbook.properties?.date1904);
  const sheets: SheetSnapshot[] = [];
  let cellCount = 0;
  for (const worksheet of workbook.worksheets) {
    const part = workbookPart.sheetParts.get(worksheet.name);
    const merges = pkg.inflated ? ((part ? pkg.mergesByPart.get(part) : undefined) ?? []) : excelJsMerges(worksheet);
    const emptyText = (part ? pkg.emptyTextByPart.get(part) : undefined) ?? NO_ADDRESSES;
    const sheet = readSheet(worksheet, date1904, merges, emptyText);
    cellCount += sheet.cells.length;
    if (cellCount > limits.maxCells) throw tooManyCells(cellCount, limits);
    sheets.push(sheet);
  }

  const snapshot: WorkbookSnapshot = { sheets, properties: readProperties(workbook, pkg.parts) };
  if (workbookPart.definedNames.length) snapshot.definedNames = workbookPart.definedNames;
  return snapshot;
}

/** Core (ExcelJS), app and custom properties. A custom property never hides a core one. */
function readProperties(workbook: ExcelJS.Workbook, parts: Map<string, string>): Record<string, string> {
  const properties: Record<string, string> = Object.create(null);
  const set = (key: string, value: unknown): void => {
    if (key in properties) return;
    if (typeof value === 'string' && value.trim()) properties[key] = value;
    else if (value instanceof Date && !Number.isNaN(value.getTime())) properties[key] = value.toISOString();
  };
  set('creator', workbook.creator);
  set('lastModifiedBy', workbook.lastModifiedBy);
  set('title', workbook.title);
  set('subject', workbook.subject);
  set('keywords', workbook.keywords);
  set('category', workbook.category);
  set('description', workbook.description);
  set('created', workbook.created);
  set('modified', workbook.modified);
  for (const [key, value] of parseAppProperties(parts.get('docProps/app.xml') ?? '')) set(key, value);
  for (const [key, value] of parseCustomProperties(parts.get('docProps/custom.xml') ?? '')) set(key, value);
  return properties;
}

function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DATE_1904_OFFSET : 0);
  // ExcelJS rounded the serial to the millisecond; undo the binary noise of that round trip.
  return Math.round(serial * 1e9) / 1e9;
}

function plainText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'richText' in value) {
    const runs = (value as ExcelJS.CellRichTextValue).richText;
    return Array.isArray(runs) ? runs.map((run) => run.text ?? '').join('') : '';
  }
  return undefined;
}

/** A plain (non-formula) value as the cell shows it. */
function toCellValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value, date1904);
  if (typeof value === 'object') {
    if ('error' in value) return { error: String((value as ExcelJS.CellErrorValue).error) };
    const text = plainText(value);
    if (text !== undefined) return text;
    if ('text' in value) return plainText((value as ExcelJS.CellHyperlinkValue).text) ?? null;
  }
  return null;
}

function styleOf(cell: ExcelJS.Cell): CellStyle | undefined {
  let style: CellStyle | undefined;
  if (cell.font?.bold) (style ??= {}).bold = true;
  const indent = cell.alignment?.indent;
  if (typeof indent === 'number' && indent > 0) (style ??= {}).indent = indent;
  const fill = cell.fill;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') {
    const argb = fill.fgColor?.argb;
    if (typeof argb === 'string' && /^[0-9a-fA-F]{6,8}$/.test(argb)) (style ??= {}).fill = argb.slice(-6).toUpperCase();
  }
  return style;
}

interface FormulaModel {
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
  /** The master's relative (R1C1) form, made when a copy needs @borgar/fx. */
  r1c1?: string;
}

/**
 * Translates shared formulas from their master cell. Plain cell references are moved by
 * moveFormula (core), several times faster than a round trip through @borgar/fx's R1C1 form,
 * which remains for anything else (whole columns, names, references pushed off the sheet).
 */
class SharedFormulas {
  private readonly masters = new Map<string, SharedMaster | null>();

  constructor(private readonly worksheet: ExcelJS.Worksheet) {}

  formulaAt(masterAddress: string, row: number, col: number, address: string): string | undefined {
    let master = this.masters.get(masterAddress);
    if (master === undefined) {
      const at = parseCell(masterAddress);
      const masterCell = at ? this.worksheet.findCell(at.row + 1, at.col + 1) : undefined;
      const formula = (masterCell?.value as FormulaModel | null)?.formula;
      master = at && formula ? { formula, row: at.row, col: at.col } : null;
      this.masters.set(masterAddress, master);
    }
    if (!master) return undefined;
    const moved = moveFormula(master.formula, master.row, master.col, row, col);
    if (moved !== undefined) return moved;
    master.r1c1 ??= translateFormulaToR1C1(master.formula, masterAddress);
    return translateFormulaToA1(master.r1c1, address, { wrapEdges: false });
  }
}

const NO_ADDRESSES: ReadonlySet<string> = new Set();

function readSheet(
  worksheet: ExcelJS.Worksheet,
  date1904: boolean,
  mergeRefs: readonly string[],
  emptyTextResults: ReadonlySet<string>,
): SheetSnapshot {
  const cells: Cell[] = [];
  const merges = new MergedAreas(mergeRefs.flatMap((ref) => parseRange(ref) ?? []));
  const shared = new SharedFormulas(worksheet);
  const arrays: { box: RangeBox; formula: string }[] = [];

  worksheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (excelCell) => {
      const row0 = Number(excelCell.row) - 1;
      const col0 = Number(excelCell.col) - 1;
      if (merges.hides(row0, col0)) return; // Excel shows only the top-left cell of a merged area
      const raw = excelCell.value;
      let cell: Cell;
      if (excelCell.type === ExcelJS.ValueType.Formula) {
        const model = raw as FormulaModel;
        const formula =
          model.formula ??
          (model.sharedFormula ? shared.formulaAt(model.sharedFormula, row0, col0, excelCell.address) : undefined);
        // `value` is a copy that drops falsy members: a cached 0 or FALSE only survives in
        // `result`, and a cached "" not even there (read-package.ts spotted those).
        const result = excelCell.result ?? (emptyTextResults.has(excelCell.address) ? '' : undefined);
        cell = { row: row0, col: col0, value: toCellValue(result, date1904) };
        if (formula !== undefined) cell.formula = displayFormula(formula);
        if (model.shareType === 'array' && formula !== undefined) {
          cell.array = true;
          const box = model.ref ? parseRange(model.ref) : undefined;
          if (box && (box.bottom > box.top || box.right > box.left)) arrays.push({ box, formula: cell.formula! });
        }
      } else {
        cell = { row: row0, col: col0, value: toCellValue(raw, date1904) };
        if (cell.value === null) return;
      }
      const numFmt = excelCell.numFmt;
      if (numFmt && numFmt !== 'General') cell.numFmt = numFmt;
      const style = styleOf(excelCell);
      if (style) cell.style = style;
      cells.push(cell);
    });
  });

  spreadArrayFormulas(cells, arrays);

  const snapshot: SheetSnapshot = {
    name: worksheet.name,
    cells,
    merges: merges.areas,
    usedRange: usedRange(cells),
  };
  if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') snapshot.hidden = true;
  return snapshot;
}

/**
 * Merged areas as ExcelJS loaded them, on runtimes where read-package.ts could not inflate the
 * sheets itself. ExcelJS keeps them in a private map; its public `model` would rebuild every row.
 */
function excelJsMerges(worksheet: ExcelJS.Worksheet): string[] {
  const merges = (worksheet as unknown as { _merges?: Record<string, { range?: string } | undefined> })._merges;
  return Object.values(merges ?? {}).flatMap((merge) => (merge?.range ? [merge.range] : []));
}
