/**
 * Renders a workbook spec (src/templates/spec.ts) to an .xlsx file with ExcelJS. Works in Node
 * and in the browser (no Node imports). Formulas carry the builder's computed results when it
 * knows them, and the workbook asks Excel and LibreOffice to recalculate everything on load.
 * What ExcelJS cannot write (the default font, column page breaks, custom document
 * properties) is added to its package afterwards (finishPackage).
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseRange } from '../core';
import type { CellSpec, HeaderFooterSpec, SheetSpec, StyleSpec, ValidationSpec, WorkbookSpec } from '../templates/spec';

const PAPER_SIZES = { letter: 1, legal: 5 } as const;
const DEFAULT_FONT = { name: 'Arial', size: 10 };
type Font = typeof DEFAULT_FONT;
/** Properties ExcelJS writes in its own fields; the others become custom properties. */
const CORE_PROPERTIES = ['creator', 'title', 'subject', 'company'];

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
function excelStyle(style: StyleSpec, base: Font): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  // Every font names its family: a font without a name falls back to a serif elsewhere.
  const font: Partial<ExcelJS.Font> = { name: base.name, family: 2, size: style.fontSize ?? base.size };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor) font.color = { argb: argb(style.fontColor) };
  out.font = font;
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
  if (spec.link !== undefined && typeof spec.value === 'string') {
    // An internal link: ExcelJS writes "Sheet!A1" as the hyperlink's location.
    cell.value = { text: spec.value, hyperlink: `'${spec.link.replace(/'/g, "''")}'!A1` };
  } else if (spec.formula !== undefined) {
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
    const print = spec.print;
    worksheet.pageSetup = {
      ...worksheet.pageSetup,
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      scale: print.scale ?? 100,
      paperSize: PAPER_SIZES[print.paperSize ?? 'letter'] as unknown as ExcelJS.PaperSize,
      ...(print.titleRows ? { printTitlesRow: print.titleRows } : {}),
      ...(print.titleColumns ? { printTitlesColumn: print.titleColumns } : {}),
      ...(print.margins ? { margins: print.margins } : {}),
    };
    const header = headerFooter(print.header);
    const footer = headerFooter(print.footer);
    if (header || footer) {
      worksheet.headerFooter = {
        differentFirst: false,
        differentOddEven: false,
        ...(header ? { oddHeader: header } : {}),
        ...(footer ? { oddFooter: footer } : {}),
      };
    }
    for (const row of print.rowBreaks ?? []) worksheet.getRow(row).addPageBreak();
  }
  if (spec.protect) {
    // No password: the protection guards formulas against slips, not against the user. Rows can
    // be inserted and deleted, so a planner can add or remove a product or subproduct.
    await worksheet.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      deleteRows: true,
    });
  }
}

/** "&L…&C…&R…" from the three parts of a header or footer. */
function headerFooter(spec: HeaderFooterSpec | undefined): string | undefined {
  if (!spec) return undefined;
  const parts = [
    spec.left ? `&L${spec.left}` : '',
    spec.center ? `&C${spec.center}` : '',
    spec.right ? `&R${spec.right}` : '',
  ].join('');
  return parts === '' ? undefined : parts;
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column number (1-based) of a column letter. */
function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * Adds to ExcelJS's package what it cannot write: the default font of the workbook (cells
 * without a style), column page breaks, and the custom document properties.
 */
function finishPackage(bytes: Uint8Array, spec: WorkbookSpec, font: Font): Uint8Array {
  const files = unzipSync(bytes);
  const text = (path: string) => strFromU8(files[path]);
  const put = (path: string, content: string) => {
    files[path] = strToU8(content);
  };
  put(
    'xl/styles.xml',
    text('xl/styles.xml').replace(
      /<font>[\s\S]*?<\/font>/,
      `<font><sz val="${font.size}"/><name val="${xmlEscape(font.name)}"/><family val="2"/></font>`,
    ),
  );
  spec.sheets.forEach((sheet, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const breaks = sheet.print?.colBreaks ?? [];
    if (breaks.length === 0 || !files[path]) return;
    const xml = text(path);
    const brk = breaks.map((col) => `<brk id="${columnNumber(col)}" max="1048575" man="1"/>`).join('');
    const block = `<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</colBreaks>`;
    const after = xml.indexOf('</rowBreaks>');
    let at = after >= 0 ? after + '</rowBreaks>'.length : -1;
    if (at < 0) {
      const candidates = ['<drawing', '<legacyDrawing', '<picture', '<tableParts', '<extLst', '</worksheet>']
        .map((tag) => xml.indexOf(tag, Math.max(0, xml.indexOf('<headerFooter'))))
        .filter((p) => p >= 0);
      at = Math.min(...candidates);
    }
    put(path, xml.slice(0, at) + block + xml.slice(at));
  });
  const custom = Object.entries(spec.properties).filter(([key]) => !CORE_PROPERTIES.includes(key));
  if (custom.length > 0) {
    const props = custom
      .map(
        ([name, value], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlEscape(name)}"><vt:lpwstr>${xmlEscape(value)}</vt:lpwstr></property>`,
      )
      .join('');
    put(
      'docProps/custom.xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
        `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    );
    put(
      '[Content_Types].xml',
      text('[Content_Types].xml').replace(
        '</Types>',
        '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
      ),
    );
    put(
      '_rels/.rels',
      text('_rels/.rels').replace(
        '</Relationships>',
        '<Relationship Id="rIdPlanificaCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
      ),
    );
  }
  return zipSync(files, { level: 6 });
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = spec.properties.creator ?? 'Planifica';
  workbook.title = spec.properties.title ?? '';
  workbook.subject = spec.properties.subject ?? '';
  if (spec.properties.company) workbook.company = spec.properties.company;
  workbook.keywords = Object.entries(spec.properties)
    .filter(([key]) => !CORE_PROPERTIES.includes(key))
    .map(([key, value]) => `${key}=${value}`)
    .join('; ');
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  workbook.calcProperties = { fullCalcOnLoad: true };
  const font = spec.font ?? DEFAULT_FONT;
  const styles: StyleTable = new Map(
    Object.entries(spec.styles).map(([name, style]) => [name, excelStyle(style, font)]),
  );
  for (const sheet of spec.sheets) await writeSheet(workbook, sheet, styles, spec.styles);
  // ExcelJS would expand each named area cell by cell (seconds for a large goals matrix); the
  // names are written as given instead.
  const names = spec.definedNames.map((n) => ({ name: n.name, ranges: [absoluteRef(n.sheet, n.range)] }));
  Object.defineProperty(workbook.definedNames, 'model', { get: () => names, set: () => undefined });
  const buffer = await workbook.xlsx.writeBuffer();
  return finishPackage(new Uint8Array(buffer as ArrayBuffer), spec, font);
}
