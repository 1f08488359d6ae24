/**
 * The annotated copy of file mode: the original .xlsx bytes in, a new .xlsx out, with each
 * finding's cells filled by severity, a note carrying the messages (cells that already have a
 * note keep it) and a "Hallazgos" sheet that links to every cell. The input is never modified:
 * ExcelJS loads a copy of the bytes.
 */
import ExcelJS from 'exceljs';
import { boxSize, cellAddress, parseRange, SEVERITY_ORDER, type Finding, type Severity } from '../src/core';

/** Same colours as the marks in Excel (src/excel/marks.ts), as ARGB. */
export const ANNOTATION_FILLS: Record<Severity, string> = { error: 'FFF8CBAD', warning: 'FFFFE699', info: 'FFDDEBF7' };
export const REPORT_SHEET = 'Hallazgos';
/** Findings over a larger range mark only their first cell. */
const MAX_CELLS_PER_FINDING = 50;

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Advertencia', info: 'Aviso' };

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Cells that received a fill. */
  cells: number;
  reportSheet: string;
}

/** "POM 2026.xlsx" → "POM 2026 (anotado).xlsx". */
export function annotatedFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, '') || 'libro';
  return `${base} (anotado).xlsx`;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function freeSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((s) => s.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function display(value: Finding['expected']): string | number | null {
  if (value === undefined || value === null) return null;
  return typeof value === 'boolean' ? String(value) : value;
}

export async function annotateXlsx(
  original: Uint8Array | ArrayBuffer,
  findings: readonly Finding[],
): Promise<AnnotateResult> {
  const copy = original instanceof Uint8Array ? original.slice() : new Uint8Array(original.slice(0));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(copy.buffer as ArrayBuffer);

  // One mark per cell: the worst severity wins, messages are listed in order.
  const marks = new Map<string, { sheet: ExcelJS.Worksheet; ref: string; severity: Severity; messages: string[] }>();
  for (const finding of findings) {
    const sheet = workbook.getWorksheet(finding.sheet);
    const box = parseRange(finding.range);
    if (!sheet || !box) continue;
    const whole = boxSize(box) <= MAX_CELLS_PER_FINDING;
    for (let row = box.top; row <= (whole ? box.bottom : box.top); row++) {
      for (let col = box.left; col <= (whole ? box.right : box.left); col++) {
        const ref = cellAddress(row, col);
        const key = `${finding.sheet}\u0000${ref}`;
        const mark = marks.get(key) ?? { sheet, ref, severity: finding.severity, messages: [] };
        if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = finding.severity;
        mark.messages.push(`${SEVERITY_LABEL[finding.severity]}: ${finding.message}`);
        marks.set(key, mark);
      }
    }
  }
  for (const { sheet, ref, severity, messages } of marks.values()) {
    const cell = sheet.getCell(ref);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ANNOTATION_FILLS[severity] } };
    if (!cell.note) cell.note = `Planifica\n${messages.join('\n')}`;
  }

  const reportName = freeSheetName(workbook, REPORT_SHEET);
  const report = workbook.addWorksheet(reportName, { views: [{ state: 'frozen', ySplit: 1 }] });
  report.columns = [
    { header: 'Gravedad', key: 'severity', width: 12 },
    { header: 'Hoja', key: 'sheet', width: 24 },
    { header: 'Celda', key: 'range', width: 12 },
    { header: 'Regla', key: 'rule', width: 28 },
    { header: 'Mensaje', key: 'message', width: 80 },
    { header: 'Esperado', key: 'expected', width: 16 },
    { header: 'Actual', key: 'actual', width: 16 },
  ];
  report.getRow(1).font = { bold: true };
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.sheet.localeCompare(b.sheet, 'es'),
  );
  for (const finding of sorted) {
    const row = report.addRow({
      severity: SEVERITY_LABEL[finding.severity],
      sheet: finding.sheet,
      range: finding.range,
      rule: finding.rule,
      message: finding.message,
      expected: display(finding.expected),
      actual: display(finding.actual),
    });
    row.getCell('severity').fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: ANNOTATION_FILLS[finding.severity] },
    };
    if (workbook.getWorksheet(finding.sheet)) {
      row.getCell('range').value = {
        text: finding.range,
        hyperlink: `#${quoteSheet(finding.sheet)}!${finding.range.split(':')[0]}`,
      };
      row.getCell('range').font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    row.getCell('message').alignment = { wrapText: true, vertical: 'top' };
  }
  if (findings.length === 0) report.addRow({ message: 'Sin hallazgos.' });

  const written = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(written as ArrayBuffer), cells: marks.size, reportSheet: reportName };
}
