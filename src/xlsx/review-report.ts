/**
 * The review as a workbook (ExcelJS), in Spanish: «Resumen» (one row per workbook, an Excel
 * table to sort and filter, a link to the workbook and to its findings), «Hallazgos» (one
 * table, every finding with a link to its cell: `file:///…/plan.xlsx#'Hoja'!D26` from the command
 * line, `plan.xlsx#'Hoja'!D26` from the browser) and «Por regla» (which mistakes are common this
 * season). The command line and the browser's file mode (loaded only to download) write it.
 */
import ExcelJS from 'exceljs';
import { planLabel } from '../domain/review/identity';
import { describeRule, fileBaseName as basename, type ReportLinks } from '../domain/review/links';
import { topProblem, type ReviewedWorkbook, type ReviewReport } from '../domain/review/report';

const MONEY = '"Q"#,##0.00';
const COUNT = '#,##0';
const MAX_LINKS = 65_000;
const SEVERITY_ES = { error: 'Error', warning: 'Advertencia', info: 'Aviso' } as const;
const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 14, color: { argb: 'FF1F3864' } };

type Row = ExcelJS.CellValue[];

function table(
  sheet: ExcelJS.Worksheet,
  name: string,
  ref: string,
  columns: { name: string; width: number; numFmt?: string }[],
  rows: Row[],
): void {
  sheet.addTable({
    name,
    ref,
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: columns.map((c) => ({ name: c.name, filterButton: true })),
    // An Excel table needs one row at least.
    rows: rows.length > 0 ? rows : [columns.map(() => null)],
  });
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.numFmt) column.numFmt = c.numFmt;
  });
}

/** Sets hyperlinks after the table wrote its values (a table row holds plain values only). */
function link(sheet: ExcelJS.Worksheet, row: number, col: number, text: string, hyperlink: string): void {
  const cell = sheet.getCell(row, col);
  cell.value = { text, hyperlink };
  cell.font = { color: { argb: 'FF0563C1' }, underline: true };
}

export async function writeReviewXlsx(report: ReviewReport, links: ReportLinks): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planifica';
  workbook.title = 'Revisión de planes (POM/POA)';
  workbook.created = new Date(report.generated);

  const summary = workbook.addWorksheet('Resumen', { views: [{ state: 'frozen', ySplit: 3, xSplit: 1 }] });
  const findingsSheet = workbook.addWorksheet('Hallazgos', { views: [{ state: 'frozen', ySplit: 3 }] });
  const rulesSheet = workbook.addWorksheet('Por regla', { views: [{ state: 'frozen', ySplit: 3 }] });

  const { totals } = report;
  summary.getCell('A1').value = 'Revisión de planes (POM/POA)';
  summary.getCell('A1').font = TITLE_FONT;
  summary.getCell('A2').value =
    `${totals.workbooks} libros: ${totals.reviewed} revisados (${totals.withErrors} con errores), ` +
    `${totals.unreadable} sin leer · ${totals.errors} errores, ${totals.warnings} advertencias, ` +
    `${totals.infos} avisos · ${report.generated.slice(0, 16).replace('T', ' ')} UTC`;

  // Hallazgos first: the summary links to each workbook's first row there.
  findingsSheet.getCell('A1').value = 'Hallazgos de todos los libros';
  findingsSheet.getCell('A1').font = TITLE_FONT;
  findingsSheet.getCell('A2').value = 'La columna «Celda» abre el libro en esa celda.';
  const findingRows: Row[] = [];
  const cellLinks: { row: number; text: string; href: string }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const w of report.workbooks) {
    if (w.status !== 'reviewed') continue;
    for (const f of w.findings) {
      const row = 4 + findingRows.length;
      if (!firstRowOf.has(w.file)) firstRowOf.set(w.file, row);
      cellLinks.push({ row, text: `${f.sheet}!${f.range}`, href: links.cell(w.file, f.sheet, f.range) });
      findingRows.push([
        basename(w.file),
        w.identity.name ?? w.identity.code ?? '',
        f.sheet,
        `${f.sheet}!${f.range}`,
        SEVERITY_ES[f.severity],
        f.rule,
        f.kind,
        f.message,
        f.expected ?? null,
        f.actual ?? null,
      ]);
    }
  }
  table(
    findingsSheet,
    'Hallazgos',
    'A3',
    [
      { name: 'Archivo', width: 30 },
      { name: 'Institución', width: 30 },
      { name: 'Hoja', width: 24 },
      { name: 'Celda', width: 28 },
      { name: 'Gravedad', width: 12 },
      { name: 'Regla', width: 28 },
      { name: 'Tipo', width: 20 },
      { name: 'Mensaje', width: 90 },
      { name: 'Esperado', width: 16 },
      { name: 'Actual', width: 16 },
    ],
    findingRows,
  );
  // Excel keeps at most 65,530 hyperlinks per sheet: past that, the cell's address stays as text.
  for (const l of cellLinks.slice(0, MAX_LINKS)) link(findingsSheet, l.row, 4, l.text, l.href);

  // Resumen.
  const years = report.budgetYears;
  const columns = [
    { name: 'Archivo', width: 32 },
    { name: 'Código', width: 20 },
    { name: 'Institución', width: 40 },
    { name: 'Plan', width: 16 },
    { name: 'Matrices reconocidas', width: 12, numFmt: COUNT },
    { name: 'Matrices', width: 50 },
    { name: 'Errores', width: 10, numFmt: COUNT },
    { name: 'Advertencias', width: 12, numFmt: COUNT },
    { name: 'Avisos', width: 10, numFmt: COUNT },
    { name: 'Problema más frecuente', width: 50 },
    ...years.map((year) => ({ name: `Presupuesto ${year}`, width: 18, numFmt: MONEY })),
    { name: 'Metas físicas (suma)', width: 18, numFmt: COUNT },
    { name: 'Metas financieras (suma)', width: 20, numFmt: MONEY },
    { name: 'Techos superados', width: 10, numFmt: COUNT },
    { name: 'Estado', width: 40 },
    { name: 'Hallazgos', width: 14 },
  ];
  const summaryRows: Row[] = report.workbooks.map((w) => {
    if (w.status === 'unreadable') {
      return [basename(w.file), ...columns.slice(1, -2).map(() => null), `No se pudo leer: ${w.reason}`, null];
    }
    return summaryRow(w, years, report);
  });
  table(summary, 'Resumen', 'A3', columns, summaryRows);
  report.workbooks.forEach((w, i) => {
    const row = 4 + i;
    link(summary, row, 1, basename(w.file), links.file(w.file));
    const first = firstRowOf.get(w.file);
    if (first !== undefined) {
      link(
        summary,
        row,
        columns.length,
        `${w.status === 'reviewed' ? w.findings.length : 0} hallazgos`,
        `#'Hallazgos'!A${first}`,
      );
    }
  });

  rulesSheet.getCell('A1').value = 'Hallazgos por regla en todos los libros';
  rulesSheet.getCell('A1').font = TITLE_FONT;
  rulesSheet.getCell('A2').value = 'Qué errores son frecuentes en esta temporada.';
  table(
    rulesSheet,
    'PorRegla',
    'A3',
    [
      { name: 'Regla', width: 30 },
      { name: 'Descripción', width: 80 },
      { name: 'Tipo', width: 20 },
      { name: 'Hallazgos', width: 12, numFmt: COUNT },
      { name: 'Libros', width: 10, numFmt: COUNT },
      { name: 'Errores', width: 10, numFmt: COUNT },
      { name: 'Advertencias', width: 12, numFmt: COUNT },
      { name: 'Avisos', width: 10, numFmt: COUNT },
    ],
    report.byRule.map((r) => [r.rule, r.description, r.kind, r.findings, r.workbooks, r.errors, r.warnings, r.infos]),
  );

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function summaryRow(w: ReviewedWorkbook, years: readonly number[], report: ReviewReport): Row {
  const top = topProblem(w);
  const ceilings = w.findings.filter((f) => f.rule === 'totals/budget-ceiling').length;
  return [
    null, // the link is set afterwards
    w.identity.code ?? null,
    w.identity.name ?? null,
    planLabel(w.identity) || null,
    w.matrices.length,
    [...new Set(w.matrices)].join('; '),
    w.summary.errors,
    w.summary.warnings,
    w.summary.infos,
    top ? `${describeRule(report, top.rule)} (${top.rule}, ${top.count})` : null,
    ...years.map((year) => w.figures.budgetByYear[String(year)] ?? null),
    w.figures.physicalTotal ?? null,
    w.figures.financialTotal ?? null,
    ceilings,
    'Revisado',
    null,
  ];
}
