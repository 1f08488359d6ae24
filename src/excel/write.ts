/**
 * Writes generated sheets (a WorkbookSpec from src/templates) into the live workbook in bulk: per sheet,
 * one 2-D array of values and formulas, number formats as one 2-D array, styles applied to
 * rectangles of equal style (never cell by cell), calculation suspended until the sheet's sync
 * and recalculated once at the end.
 * One sync checks for conflicts, then one sync per sheet (two for a sheet larger than the
 * payload-sized block) and one for names and properties.
 * An existing sheet is never replaced unless the caller says so (the pane asks the user first).
 */
import { columnIndex, columnName, parseCell, parseRange, rangeAddress, type RangeBox } from '../core';
import type { CellSpec, PrintSpec, SheetSpec, StyleSpec, WorkbookSpec } from '../templates/spec';
import { toAdapterError } from './errors';
import { CELLS_PER_REQUEST } from './read';
import type { ExcelFeatures } from './requirements';

export type WriteOutcome = { kind: 'inserted'; sheets: string[] } | { kind: 'conflict'; existing: string[] };

export interface WriteOptions {
  features: ExcelFeatures;
  /** Replace sheets that already exist (after the user agreed). */
  overwrite: boolean;
}

/** Excel's column width unit is characters; Office.js wants points (Calibri 11: 7 px per character + 5 px padding). */
export function characterWidthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A text that Excel would read as a number, date, boolean, formula or error gets a leading apostrophe. */
export function asTextInput(text: string): string {
  if (/^[=+\-@'#]/.test(text)) return `'${text}`;
  if (/^\s*[$Q%]?\s*[\d.,]+\s*%?\s*$/.test(text) && /\d/.test(text)) return `'${text}`;
  if (/^(true|false|verdadero|falso)$/i.test(text.trim())) return `'${text}`;
  if (/^\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?$/.test(text.trim())) return `'${text}`;
  return text;
}

function cellInput(cell: CellSpec | undefined): string | number | boolean {
  if (!cell) return '';
  if (cell.formula !== undefined) return `=${cell.formula}`;
  const value = cell.value;
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? asTextInput(value) : value;
}

interface Grid {
  box: RangeBox;
  cells: Map<string, CellSpec>;
}

function sheetGrid(sheet: SheetSpec): Grid | undefined {
  let box: RangeBox | undefined;
  const cells = new Map<string, CellSpec>();
  for (const cell of sheet.cells) {
    const pos = parseCell(cell.ref);
    if (!pos) continue;
    cells.set(`${pos.row},${pos.col}`, cell);
    box = box
      ? {
          top: Math.min(box.top, pos.row),
          left: Math.min(box.left, pos.col),
          bottom: Math.max(box.bottom, pos.row),
          right: Math.max(box.right, pos.col),
        }
      : { top: pos.row, left: pos.col, bottom: pos.row, right: pos.col };
  }
  return box ? { box, cells } : undefined;
}

/** Cells of equal style grouped into rectangles: row runs first, then identical runs stacked. */
export function styleRectangles(sheet: SheetSpec): { style: string; box: RangeBox }[] {
  const byRow = new Map<number, { col: number; style: string }[]>();
  for (const cell of sheet.cells) {
    const pos = parseCell(cell.ref);
    if (!pos || !cell.style) continue;
    const row = byRow.get(pos.row) ?? [];
    row.push({ col: pos.col, style: cell.style });
    byRow.set(pos.row, row);
  }
  const open = new Map<string, { style: string; box: RangeBox }>(); // key: left,right,style of the run
  const done: { style: string; box: RangeBox }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = byRow.get(row)!.sort((a, b) => a.col - b.col);
    const runs: { style: string; left: number; right: number }[] = [];
    for (const cell of cells) {
      const last = runs[runs.length - 1];
      if (last && last.style === cell.style && last.right === cell.col - 1) last.right = cell.col;
      else runs.push({ style: cell.style, left: cell.col, right: cell.col });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const key = `${run.left},${run.right},${run.style}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.box.bottom === row - 1) rect.box.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { style: run.style, box: { top: row, left: run.left, bottom: row, right: run.right } });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key) && rect.box.bottom < row) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  return [...done, ...open.values()];
}

function applyStyle(range: Excel.Range, style: StyleSpec, features: ExcelFeatures, font?: WorkbookSpec['font']): void {
  const format = range.format;
  if (font) {
    // One named family throughout (the size of the style, or the workbook's).
    format.font.name = font.name;
    format.font.size = style.fontSize ?? font.size;
  }
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = `#${style.fontColor}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.horizontal)
    format.horizontalAlignment =
      style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
  if (style.vertical)
    format.verticalAlignment = style.vertical === 'top' ? 'Top' : style.vertical === 'middle' ? 'Center' : 'Bottom';
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.indent && features.cellProperties) format.indentLevel = style.indent; // RangeFormat.indentLevel: ExcelApi 1.9
  if (style.border) {
    for (const edge of [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
      'InsideHorizontal',
      'InsideVertical',
    ] as const) {
      format.borders.getItem(edge).style = 'Continuous';
    }
  }
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

function writeValidations(worksheet: Excel.Worksheet, sheet: SheetSpec): void {
  for (const validation of sheet.validations) {
    const data = worksheet.getRange(validation.range).dataValidation;
    data.ignoreBlanks = validation.allowBlank ?? true;
    if (validation.type === 'list') {
      const source = validation.source ? `=${validation.source}` : (validation.values ?? []).join(',');
      data.rule = { list: { inCellDropDown: true, source } };
    } else {
      const bounds =
        validation.min !== undefined && validation.max !== undefined
          ? { formula1: validation.min, formula2: validation.max, operator: 'Between' as const }
          : validation.min !== undefined
            ? { formula1: validation.min, operator: 'GreaterThanOrEqualTo' as const }
            : { formula1: validation.max ?? 0, operator: 'LessThanOrEqualTo' as const };
      data.rule = validation.type === 'whole' ? { wholeNumber: bounds } : { decimal: bounds };
    }
    if (validation.prompt) {
      data.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.text };
    }
    if (validation.error) {
      data.errorAlert = {
        showAlert: true,
        title: validation.error.title,
        message: validation.error.text,
        style: validation.errorStyle === 'warning' ? 'Warning' : 'Stop',
      };
    }
  }
}

/** Queues one sheet's content; syncs only between blocks of a sheet larger than one request. */
async function queueSheet(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  sheet: SheetSpec,
  spec: WorkbookSpec,
  features: ExcelFeatures,
): Promise<void> {
  const grid = sheetGrid(sheet);
  if (grid) {
    const { box, cells } = grid;
    const width = box.right - box.left + 1;
    const step = Math.max(1, Math.floor(CELLS_PER_REQUEST / width));
    for (let top = box.top; top <= box.bottom; top += step) {
      const bottom = Math.min(box.bottom, top + step - 1);
      const formulas: (string | number | boolean)[][] = [];
      const numberFormats: string[][] = [];
      for (let row = top; row <= bottom; row++) {
        const f: (string | number | boolean)[] = [];
        const n: string[] = [];
        for (let col = box.left; col <= box.right; col++) {
          const cell = cells.get(`${row},${col}`);
          f.push(cellInput(cell));
          n.push((cell?.style && spec.styles[cell.style]?.numFmt) || 'General');
        }
        formulas.push(f);
        numberFormats.push(n);
      }
      const range = worksheet.getRangeByIndexes(top, box.left, bottom - top + 1, width);
      // Formats first, so a text cell formatted "@" receives its text as text.
      range.numberFormat = numberFormats;
      range.formulas = formulas;
      if (bottom < box.bottom) {
        context.application.suspendApiCalculationUntilNextSync();
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sheet bigger than one request goes in blocks
        await context.sync();
      }
    }
  }
  for (const { style, box } of styleRectangles(sheet)) {
    const styleSpec = spec.styles[style];
    if (styleSpec) applyStyle(worksheet.getRange(rangeAddress(box)), styleSpec, features, spec.font);
  }
  for (const merge of sheet.merges) worksheet.getRange(merge).merge(false);
  for (const column of sheet.columns) {
    const col = columnIndex(column.col);
    if (col >= 0)
      worksheet.getRange(`${column.col}:${column.col}`).format.columnWidth = characterWidthToPoints(column.width);
  }
  for (const row of sheet.rows ?? []) worksheet.getRange(`${row.row}:${row.row}`).format.rowHeight = row.height;
  if (sheet.freeze && (sheet.freeze.rows > 0 || sheet.freeze.cols > 0)) {
    if (sheet.freeze.cols === 0) worksheet.freezePanes.freezeRows(sheet.freeze.rows);
    else if (sheet.freeze.rows === 0) worksheet.freezePanes.freezeColumns(sheet.freeze.cols);
    else worksheet.freezePanes.freezeAt(worksheet.getRangeByIndexes(0, 0, sheet.freeze.rows, sheet.freeze.cols));
  }
  if (features.dataValidation) writeValidations(worksheet, sheet);
  for (const conditional of sheet.conditionalFormats ?? []) {
    const styleSpec = spec.styles[conditional.style];
    const format = worksheet.getRange(conditional.range).conditionalFormats.add('Custom');
    format.custom.rule.formula = `=${conditional.formula}`;
    if (styleSpec?.fill) format.custom.format.fill.color = `#${styleSpec.fill}`;
    if (styleSpec?.fontColor) format.custom.format.font.color = `#${styleSpec.fontColor}`;
    if (styleSpec?.bold) format.custom.format.font.bold = true;
  }
  if (sheet.print && features.cellProperties) writePageLayout(worksheet, sheet.print); // PageLayout: ExcelApi 1.9
  for (const link of sheet.cells.filter((c) => c.link)) {
    worksheet.getRange(link.ref).hyperlink = {
      documentReference: `'${link.link!.replace(/'/g, "''")}'!A1`,
      textToDisplay: typeof link.value === 'string' ? link.value : link.link,
    };
  }
  if (sheet.tabColor) worksheet.tabColor = `#${sheet.tabColor}`;
  if (sheet.hidden) worksheet.visibility = 'Hidden';
  // Rows may be inserted and deleted (a product, a subproduct: see extend.ts).
  if (sheet.protect) {
    worksheet.protection.protect({
      allowFormatCells: true,
      allowAutoFilter: true,
      allowInsertRows: true,
      allowDeleteRows: true,
    });
  }
}

/** Paper, zoom, margins, repeated rows and columns, page breaks, headers and footers. */
function writePageLayout(worksheet: Excel.Worksheet, print: PrintSpec): void {
  const layout = worksheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = print.paperSize === 'legal' ? 'Legal' : 'Letter';
  layout.zoom = print.fitToWidth ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: print.scale ?? 100 };
  if (print.margins) {
    const m = print.margins;
    layout.leftMargin = m.left * 72;
    layout.rightMargin = m.right * 72;
    layout.topMargin = m.top * 72;
    layout.bottomMargin = m.bottom * 72;
    layout.headerMargin = m.header * 72;
    layout.footerMargin = m.footer * 72;
  }
  const absoluteRows = (rows: string) => rows.replace(/(\d+)/g, '$$$1');
  const absoluteCols = (cols: string) => cols.replace(/([A-Z]+)/g, '$$$1');
  if (print.titleRows) layout.setPrintTitleRows(absoluteRows(print.titleRows));
  if (print.titleColumns) layout.setPrintTitleColumns(absoluteCols(print.titleColumns));
  for (const row of print.rowBreaks ?? []) worksheet.horizontalPageBreaks.add(`A${row + 1}`);
  for (const col of print.colBreaks ?? []) worksheet.verticalPageBreaks.add(`${columnName(columnIndex(col) + 1)}1`);
  const pages = layout.headersFooters.defaultForAllPages;
  if (print.header?.left) pages.leftHeader = print.header.left;
  if (print.header?.center) pages.centerHeader = print.header.center;
  if (print.header?.right) pages.rightHeader = print.header.right;
  if (print.footer?.left) pages.leftFooter = print.footer.left;
  if (print.footer?.center) pages.centerFooter = print.footer.center;
  if (print.footer?.right) pages.rightFooter = print.footer.right;
}

/** Sheet names compare without case in Excel. */
const fold = (name: string): string => name.toLocaleLowerCase('es');

export async function writeSpec(
  context: Excel.RequestContext,
  spec: WorkbookSpec,
  options: WriteOptions,
): Promise<WriteOutcome> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const names = context.workbook.names;
    names.load('items/name');
    await context.sync();

    const existing = new Map(worksheets.items.map((ws) => [fold(ws.name), ws]));
    // A hidden catalogue sheet ("Listas") already in the workbook came from an earlier insertion:
    // keep it (and its names) rather than asking about it every time.
    const keptCatalogues = spec.sheets.filter((s) => s.hidden && existing.has(fold(s.name)));
    const toWrite = spec.sheets.filter((s) => !keptCatalogues.includes(s));
    const conflicts = toWrite.filter((s) => existing.has(fold(s.name))).map((s) => existing.get(fold(s.name))!.name);
    if (conflicts.length && !options.overwrite) return { kind: 'conflict', existing: conflicts };

    // Replaced sheets are renamed aside first and deleted last, so the workbook never loses its
    // last visible sheet and formulas in the new sheets never point at a half-deleted one.
    const replaced = conflicts.map((name, i) => {
      const old = existing.get(fold(name))!;
      old.name = `~planifica ${Date.now() % 100000}-${i}`.slice(0, 31);
      return old;
    });
    const keptNames = new Set(keptCatalogues.map((s) => fold(s.name)));
    const specNames = new Set(
      spec.definedNames.filter((n) => !keptNames.has(fold(n.sheet))).map((n) => n.name.toUpperCase()),
    );
    for (const item of names.items) if (specNames.has(item.name.toUpperCase())) item.delete();

    const added = toWrite.map((sheet) => ({ sheet, worksheet: worksheets.add(sheet.name) }));
    await context.sync();

    for (const { sheet, worksheet } of added) {
      context.application.suspendApiCalculationUntilNextSync();
      await queueSheet(context, worksheet, sheet, spec, options.features);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per sheet keeps each under the payload limit
      await context.sync();
    }

    for (const name of spec.definedNames) {
      if (keptNames.has(fold(name.sheet))) continue;
      const target = added.find((a) => fold(a.sheet.name) === fold(name.sheet));
      if (!target) continue;
      const box = parseRange(name.range);
      if (box) context.workbook.names.add(name.name, target.worksheet.getRange(rangeAddress(box)));
    }
    for (const old of replaced) old.delete();
    const custom = context.workbook.properties.custom;
    for (const [key, value] of Object.entries(spec.properties)) {
      if (key === 'title') context.workbook.properties.title = value;
      else if (key === 'subject') context.workbook.properties.subject = value;
      else if (key !== 'creator') custom.add(key, value);
    }
    if (added[0]) added[0].worksheet.activate();
    // The formulas were written with calculation suspended: compute them now, so the new
    // sheets show their totals (and "Diferencia" checks) without the user pressing F9.
    context.application.calculate('Recalculate');
    await context.sync();
    return { kind: 'inserted', sheets: added.map((a) => a.sheet.name) };
  } catch (error) {
    throw toAdapterError(error);
  }
}
