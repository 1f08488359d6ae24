/**
 * Marks findings on their cells (a fill by severity and a note, or a comment where notes are not
 * available) and remembers exactly what it changed, in a custom XML part of the workbook, so
 * clearMarks() restores every original fill and removes only the notes it added. A cell that
 * already has a note or comment keeps it untouched (the pane still lists the finding).
 * Marking is safe to interrupt: the record of what will change is saved (its own sync) before
 * any cell changes, and a failure part-way undoes what was applied.
 * Round trips are constant, whatever the number of findings: marking takes 3 (5 with comments)
 * after the clear, clearing takes at most 5.
 */
import { boxSize, cellAddress, parseRange, SEVERITY_ORDER, type Finding, type Severity } from '../core';
import { adapterError, toAdapterError } from './errors';
import { jsonOfPart, jsonPartXml } from './state-part';
import type { ExcelFeatures } from './requirements';

export const MARKS_NAMESPACE = 'urn:planifica:marcas:1';
/** Light fills that keep the text readable: red for errors, amber for warnings, blue for advice. */
export const SEVERITY_FILLS: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };
/** Findings over a larger range mark only their first cell (a column of 500 red cells helps nobody). */
export const MAX_CELLS_PER_FINDING = 50;
/** Notes and comments Planifica writes start with this, and it deletes only those. */
export const NOTE_PREFIX = 'Planifica';

export interface MarkRecord {
  sheet: string;
  cell: string;
  /** The original fill colour, or null when the cell had no fill. */
  fill: string | null;
  /** A patterned fill's pattern and pattern colour (ExcelApi 1.9), absent for a solid fill. */
  pattern?: string;
  patternColor?: string;
  /** What Planifica added beside the fill. */
  annotation: 'note' | 'comment' | 'none';
}

interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  messages: string[];
}

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Advertencia', info: 'Aviso' };

/** Findings → one mark per cell: the worst severity wins, messages are listed in order. */
export function cellMarks(findings: readonly Finding[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const finding of findings) {
    const box = parseRange(finding.range);
    if (!box) continue;
    const whole = boxSize(box) <= MAX_CELLS_PER_FINDING;
    for (let row = box.top; row <= (whole ? box.bottom : box.top); row++) {
      for (let col = box.left; col <= (whole ? box.right : box.left); col++) {
        const cell = cellAddress(row, col);
        const key = `${finding.sheet}\u0000${cell}`;
        const mark = byCell.get(key) ?? { sheet: finding.sheet, cell, severity: finding.severity, messages: [] };
        if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = finding.severity;
        mark.messages.push(`${SEVERITY_LABEL[finding.severity]}: ${finding.message}`);
        byCell.set(key, mark);
      }
    }
  }
  return [...byCell.values()];
}

export function noteText(mark: Pick<CellMark, 'messages'>): string {
  return `${NOTE_PREFIX}\n${mark.messages.join('\n')}`;
}

/** What the custom XML part remembers: every changed cell, and the report sheet if one was written. */
export interface MarkState {
  marks: MarkRecord[];
  reportSheet?: string;
}

export function serializeMarks(state: MarkState): string {
  return jsonPartXml('marcas', MARKS_NAMESPACE, { version: 1, ...state });
}

export function parseMarks(xml: string): MarkState {
  const parsed = jsonOfPart(xml, 'marcas');
  if (!parsed) return { marks: [] };
  const marks = Array.isArray(parsed.marks) ? (parsed.marks as MarkRecord[]).filter(isRecord) : [];
  return typeof parsed.reportSheet === 'string' ? { marks, reportSheet: parsed.reportSheet } : { marks };
}

function isRecord(value: unknown): value is MarkRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.sheet === 'string' && typeof r.cell === 'string' && (r.fill === null || typeof r.fill === 'string');
}

function originalFill(
  fill: Excel.RangeFill,
  features: ExcelFeatures,
): Pick<MarkRecord, 'fill' | 'pattern' | 'patternColor'> {
  // ExcelApi 1.9 tells "no fill" apart; before it, white is the best sign of no fill (they look alike).
  if (!features.cellProperties)
    return { fill: !fill.color || fill.color.toUpperCase() === '#FFFFFF' ? null : fill.color };
  if (fill.pattern === 'None') return { fill: null };
  if (fill.pattern === 'Solid' || !fill.pattern) return { fill: fill.color };
  return { fill: fill.color, pattern: fill.pattern, patternColor: fill.patternColor };
}

/** Puts back the fill a record remembers: colour, then pattern and pattern colour. */
function restoreFill(range: Excel.Range, record: MarkRecord): void {
  if (record.fill === null) {
    range.format.fill.clear();
    return;
  }
  range.format.fill.color = record.fill;
  if (record.pattern) {
    range.format.fill.pattern = record.pattern as Excel.FillPattern;
    if (record.patternColor) range.format.fill.patternColor = record.patternColor;
  }
}

/**
 * "Hoja1!$B$7", "'Hoja 1'!B7", "'Indicador''s'!D3" → the sheet's name and the cell, as one key.
 * Excel quotes a sheet name when it needs to and doubles the quotes inside it.
 */
export function commentKey(address: string): string {
  const bang = address.lastIndexOf('!');
  let sheet = address.slice(0, Math.max(bang, 0));
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return cellKey(
    sheet,
    address
      .slice(bang + 1)
      .replace(/\$/g, '')
      .split(':')[0],
  );
}

function cellKey(sheet: string, cell: string): string {
  return `${sheet}\u0000${cell.toUpperCase()}`;
}

/** Comments by cell (commentKey), 2 syncs; only for the comments fallback. */
async function commentsByCell(context: Excel.RequestContext): Promise<Map<string, Excel.Comment>> {
  const comments = context.workbook.comments;
  comments.load('items/content');
  await context.sync();
  const located = comments.items.map((comment) => {
    const location = comment.getLocation();
    location.load('address');
    return { comment, location };
  });
  await context.sync();
  return new Map(located.map(({ comment, location }) => [commentKey(location.address), comment]));
}

async function loadState(
  context: Excel.RequestContext,
): Promise<{ part: Excel.CustomXmlPart; state: MarkState } | undefined> {
  const part = context.workbook.customXmlParts.getByNamespace(MARKS_NAMESPACE).getOnlyItemOrNullObject();
  part.load('id');
  await context.sync();
  if (part.isNullObject) return undefined;
  const xml = part.getXml();
  await context.sync();
  // getXml returns a ClientResult: its value is filled by the sync above, no load() applies.
  // eslint-disable-next-line office-addins/load-object-before-read
  return { part, state: parseMarks(xml.value) };
}

export async function clearMarks(context: Excel.RequestContext): Promise<number> {
  try {
    const saved = await loadState(context);
    if (!saved) return 0;
    const { part, state } = saved;
    const report = state.reportSheet ? context.workbook.worksheets.getItemOrNullObject(state.reportSheet) : undefined;
    report?.load('name');
    const sheets = new Map(
      [...new Set(state.marks.map((r) => r.sheet))].map((name) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(name);
        sheet.load('name');
        return [name, sheet] as const;
      }),
    );
    await context.sync();
    // A sheet deleted since marking has nothing left to restore.
    const targets = state.marks
      .filter((record) => !sheets.get(record.sheet)!.isNullObject)
      .map((record) => {
        const sheet = sheets.get(record.sheet)!;
        const note = record.annotation === 'note' ? sheet.notes.getItemOrNullObject(record.cell) : undefined;
        note?.load('content');
        return { record, sheet, note };
      });
    const comments = state.marks.some((r) => r.annotation === 'comment') ? await commentsByCell(context) : undefined;
    if (!comments && targets.some((t) => t.note)) await context.sync();
    let restored = 0;
    for (const { record, sheet, note } of targets) {
      restoreFill(sheet.getRange(record.cell), record);
      if (note && !note.isNullObject && note.content.startsWith(NOTE_PREFIX)) note.delete();
      const comment = comments?.get(cellKey(record.sheet, record.cell));
      if (record.annotation === 'comment' && comment?.content.startsWith(NOTE_PREFIX)) comment.delete();
      restored++;
    }
    if (report && !report.isNullObject) report.delete();
    part.delete();
    await context.sync();
    return restored;
  } catch (error) {
    throw toAdapterError(error);
  }
}

export interface MarkOptions {
  features: ExcelFeatures;
  /** Also write a "Hallazgos" sheet listing every finding with a link to its cell. */
  report?: boolean;
}

export interface MarkResult {
  cells: number;
  /** The report sheet written, or undefined (not asked, or a sheet of the user's has that name). */
  reportSheet?: string;
}

export const REPORT_SHEET = 'Hallazgos';
const REPORT_HEADERS = ['Gravedad', 'Hoja', 'Celda', 'Regla', 'Mensaje', 'Esperado', 'Actual'];
const REPORT_WIDTHS = [70, 120, 60, 150, 420, 90, 90]; // points

function reportCell(value: Finding['expected']): string {
  return value === undefined || value === null ? '' : String(value);
}

/** The report sheet: one 2-D array of text (numberFormat "@" so no message turns into a formula). */
function queueReport(context: Excel.RequestContext, findings: readonly Finding[]): void {
  const sheet = context.workbook.worksheets.add(REPORT_SHEET);
  const sorted = [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const rows = [
    REPORT_HEADERS,
    ...sorted.map((f) => [
      SEVERITY_LABEL[f.severity],
      f.sheet,
      f.range,
      f.rule,
      f.message,
      reportCell(f.expected),
      reportCell(f.actual),
    ]),
  ];
  const range = sheet.getRangeByIndexes(0, 0, rows.length, REPORT_HEADERS.length);
  range.numberFormat = rows.map((row) => row.map(() => '@'));
  range.values = rows;
  sheet.getRangeByIndexes(0, 0, 1, REPORT_HEADERS.length).format.font.bold = true;
  REPORT_WIDTHS.forEach((width, col) => (sheet.getRangeByIndexes(0, col, 1, 1).format.columnWidth = width));
  sorted.forEach((f, i) => {
    const anchor = f.range.split(':')[0];
    sheet.getRangeByIndexes(i + 1, 2, 1, 1).hyperlink = {
      documentReference: `'${f.sheet.replace(/'/g, "''")}'!${anchor}`,
      textToDisplay: f.range,
    };
    sheet.getRangeByIndexes(i + 1, 0, 1, 1).format.fill.color = SEVERITY_FILLS[f.severity];
  });
  sheet.freezePanes.freezeRows(1);
}

export async function markFindings(
  context: Excel.RequestContext,
  findings: readonly Finding[],
  options: MarkOptions,
): Promise<MarkResult> {
  const { features } = options;
  // Marking twice must not record Planifica's own fills as "originals": restore first.
  await clearMarks(context);
  try {
    const marks = cellMarks(findings);
    if (marks.length === 0) return { cells: 0 };
    // The whole sheet list with protection in one collection load: no null objects to probe.
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/protection/protected');
    await context.sync();
    const sheets = new Map(worksheets.items.map((sheet) => [sheet.name, sheet]));
    if (marks.some((mark) => sheets.get(mark.sheet)?.protection.protected)) throw adapterError('protected-sheet');
    // clearMarks() removed Planifica's own report: a sheet still called so belongs to the user.
    const reportTaken = worksheets.items.some((sheet) => sheet.name.toLowerCase() === REPORT_SHEET.toLowerCase());

    const annotation: MarkRecord['annotation'] = features.notes ? 'note' : features.comments ? 'comment' : 'none';
    const targets = marks
      .filter((mark) => sheets.has(mark.sheet))
      .map((mark) => {
        const sheet = sheets.get(mark.sheet)!;
        const range = sheet.getRange(mark.cell);
        if (features.cellProperties) range.format.fill.load('color,pattern,patternColor');
        else range.format.fill.load('color');
        const note = annotation === 'note' ? sheet.notes.getItemOrNullObject(mark.cell) : undefined;
        note?.load('content');
        return { mark, sheet, range, note };
      });
    const comments = annotation === 'comment' ? await commentsByCell(context) : undefined;
    if (!comments) await context.sync();

    // The record goes first, in a sync of its own: whatever fails after it, "Quitar marcas" can
    // undo (restoring a fill that was never changed, or looking for a note never added, is harmless).
    const planned = targets.map(({ mark, sheet, range, note }) => {
      const record: MarkRecord = {
        sheet: mark.sheet,
        cell: mark.cell,
        ...originalFill(range.format.fill, features),
        annotation: 'none',
      };
      if (annotation === 'note' && note?.isNullObject) record.annotation = 'note';
      else if (annotation === 'comment' && !comments?.has(cellKey(mark.sheet, mark.cell)))
        record.annotation = 'comment';
      return { mark, sheet, range, record };
    });
    const records = planned.map((p) => p.record);
    const reportSheet = options.report && !reportTaken ? REPORT_SHEET : undefined;
    context.workbook.customXmlParts.add(serializeMarks({ marks: records, reportSheet }));
    await context.sync();

    try {
      for (const { mark, sheet, range, record } of planned) {
        range.format.fill.color = SEVERITY_FILLS[mark.severity];
        if (record.annotation === 'note') sheet.notes.add(range, noteText(mark));
        else if (record.annotation === 'comment') context.workbook.comments.add(range, noteText(mark));
      }
      if (reportSheet) queueReport(context, findings);
      await context.sync();
    } catch (error) {
      // Part of the batch may have been applied: undo it now, as "Quitar marcas" would.
      await clearMarks(context).catch(() => undefined);
      throw error;
    }
    return { cells: records.length, reportSheet };
  } catch (error) {
    throw toAdapterError(error);
  }
}
