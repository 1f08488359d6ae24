/**
 * Renders a workbook spec (src/templates/spec.ts) to an .xlsx file with ExcelJS. Works in Node
 * and in the browser (no Node imports). Formulas carry the builder's computed results when it
 * knows them, and the workbook asks Excel and LibreOffice to recalculate everything on load.
 */
import ExcelJS from 'exceljs';
import { parseRange } from '../core';
import type { CellSpec, SheetSpec, StyleSpec, ValidationSpec, WorkbookSpec } from '../templates/spec';

const PAPER_SIZES = { letter: 1, legal: 5 } as const;

/**
 * ExcelJS checks each merge against every earlier one of the sheet: quadratic, the cost of a
 * model with 1,000 indicator fichas (> 30 s). The spec's merges are checked for overlap once here,
 * with a set of cells, and each is then handed to ExcelJS with no earlier merge to compare with.
 */
function mergeAll(worksheet: ExcelJS.Worksheet, merges: readonly string[]): void {
  const internal = worksheet as unknown as { _merges?: Record<string, unknown> };
  const all = internal._merges;
  if (!all || typeof all !== 'object') {
    for (const merge of merges) worksheet.mergeCells(merge);
    return;
  }
  const taken = new Set<number>();
  for (const merge of merges) {
    const box = parseRange(merge);
    if (!box) throw new Error(`rango combinado no válido: ${merge}`);
    for (let row = box.top; row <= box.bottom; row++) {
      for (let col = box.left; col <= box.right; col++) {
        const key = row * 16_384 + col;
        if (taken.has(key)) throw new Error(`celdas combinadas superpuestas en ${worksheet.name}!${merge}`);
        taken.add(key);
      }
    }
  }
  try {
    for (const merge of merges) {
      internal._merges = {};
      worksheet.mergeCells(merge);
      Object.assign(all, internal._merges);
    }
  } finally {
    internal._merges = all;
  }
}

function argb(hex: string): string {
  return `FF${hex.toUpperCase()}`;
}

/** "'Metas multianuales'!$A$5:$M$30" for a defined name. */
function absoluteRef(sheet: string, range: string): string {
  const absolute = range
    .split(':')
    .map((cell) => cell.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'))
    .join(':');
  const name = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${absolute}`;
}

/** The ExcelJS style of a named style; one object per name, shared by its cells (never mutated). */
function excelStyle(style: StyleSpec): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontSize) font.size = style.fontSize;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  if (Object.keys(font).length > 0) out.font = font;
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.horizontal) alignment.horizontal = style.horizontal;
  if (style.vertical) alignment.vertical = style.vertical;
  if (style.wrap) alignment.wrapText = true;
  if (style.indent) alignment.indent = style.indent;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFA6A6A6' } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.locked === false) out.protection = { locked: false };
  return out;
}

type StyleTable = Map<string, Partial<ExcelJS.Style>>;

function writeCell(worksheet: ExcelJS.Worksheet, spec: CellSpec, styles: StyleTable): void {
  const cell = worksheet.getCell(spec.ref);
  if (spec.formula !== undefined) {
    const value: ExcelJS.CellFormulaValue = { formula: spec.formula, date1904: false };
    if (spec.result !== undefined) value.result = spec.result;
    cell.value = value;
  } else if (typeof spec.value === 'string') {
    // Stored as a shared string, so "=x", "+502", "-" or "@home" never become formulas.
    cell.value = spec.value === '' ? null : spec.value;
  } else {
    cell.value = spec.value ?? null;
  }
  const style = spec.style ? styles.get(spec.style) : undefined;
  if (style) cell.style = style;
}

function validationFor(spec: ValidationSpec): ExcelJS.DataValidation {
  const base = {
    allowBlank: spec.allowBlank ?? true,
    showErrorMessage: true,
    errorStyle: spec.errorStyle ?? 'stop',
    ...(spec.error ? { errorTitle: spec.error.title, error: spec.error.text } : {}),
    ...(spec.prompt ? { showInputMessage: true, promptTitle: spec.prompt.title, prompt: spec.prompt.text } : {}),
  };
  if (spec.type === 'list') {
    const formula = spec.source ?? `"${(spec.values ?? []).map((v) => v.replace(/"/g, '""')).join(',')}"`;
    return { ...base, type: 'list', formulae: [formula] };
  }
  if (spec.min !== undefined && spec.max !== undefined) {
    return { ...base, type: spec.type, operator: 'between', formulae: [spec.min, spec.max] };
  }
  if (spec.max !== undefined) return { ...base, type: spec.type, operator: 'lessThanOrEqual', formulae: [spec.max] };
  return { ...base, type: spec.type, operator: 'greaterThanOrEqual', formulae: [spec.min ?? 0] };
}

async function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  styles: StyleTable,
  specStyles: Record<string, StyleSpec>,
): Promise<void> {
  const worksheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? 'hidden' : 'visible',
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze
      ? [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows, showGridLines: false }]
      : [{ showGridLines: !spec.hidden ? false : true }],
  });
  for (const column of spec.columns) worksheet.getColumn(column.col).width = column.width;
  for (const row of spec.rows ?? []) worksheet.getRow(row.row).height = row.height;
  for (const cell of spec.cells) writeCell(worksheet, cell, styles);
  mergeAll(worksheet, spec.merges);
  // One rule per range (ExcelJS writes a range key as one sqref), not one per cell.
  const validations = (
    worksheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }
  ).dataValidations;
  for (const validation of spec.validations) validations.add(validation.range, validationFor(validation));
  for (const format of spec.conditionalFormats ?? []) {
    const style = specStyles[format.style] ?? {};
    worksheet.addConditionalFormatting({
      ref: format.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [format.formula],
          style: {
            font: { bold: style.bold, color: style.fontColor ? { argb: argb(style.fontColor) } : undefined },
            fill: style.fill ? { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(style.fill) } } : undefined,
          },
        },
      ],
    });
  }
  if (spec.print) {
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: spec.print.orientation,
      fitToPage: spec.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: PAPER_SIZES[spec.print.paperSize ?? 'letter'] as unknown as ExcelJS.PaperSize,
      ...(spec.print.titleRows ? { printTitlesRow: spec.print.titleRows } : {}),
    };
  }
  if (spec.protect) {
    // No password: the protection guards formulas against slips, not against the user.
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: false,
      deleteRows: false,
    });
  }
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.properties.creator ?? 'Planifica';
  workbook.title = spec.properties.title ?? '';
  workbook.subject = spec.properties.subject ?? '';
  workbook.keywords = Object.entries(spec.properties)
    .filter(([key]) => !['creator', 'title', 'subject'].includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.calcProperties = { fullCalcOnLoad: true };
  const styles: StyleTable = new Map(Object.entries(spec.styles).map(([name, style]) => [name, excelStyle(style)]));
  for (const sheet of spec.sheets) await writeSheet(workbook, sheet, styles, spec.styles);
  // ExcelJS would expand each named area cell by cell (seconds for a large goals matrix); the
  // names are written as given instead.
  const names = spec.definedNames.map((n) => ({ name: n.name, ranges: [absoluteRef(n.sheet, n.range)] }));
  Object.defineProperty(workbook.definedNames, 'model', { get: () => names, set: () => undefined });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
