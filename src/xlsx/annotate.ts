/**
 * The annotated copy of file mode: the original .xlsx bytes in, a new .xlsx out, with each
 * finding's cells filled by severity, a note carrying the messages (cells that already have a
 * note keep it) and a "Hallazgos" sheet that links to every cell. Made with the surgical writer
 * (src/xlsx/patch): only the marked sheets, styles.xml, workbook.xml, the relationships and
 * content types, and the new parts (notes, their drawings, the report sheet) are written; every
 * other part (charts, pivot tables, images, macros, custom XML) is copied byte for byte.
 * The input is never modified.
 */
import { boxSize, cellAddress, columnName, parseRange, SEVERITY_ORDER, type Finding, type Severity } from '../core';
import { sheetPartsOf, writeEdits } from './patch';
import { addNotes, notedCells, type NewNote } from './patch/comments';
import { PackageEdit, WORKBOOK_PART } from './patch/parts';
import { EMPTY_STYLESHEET, StylesEdit } from './patch/styles';
import { declaredPrefix, escapeXml, insertBeforeClose, prefixOf, unescapeXml } from './patch/text';

/** Same colours as the marks in Excel (src/excel/marks.ts), as ARGB. */
export const ANNOTATION_FILLS: Record<Severity, string> = { error: 'FFF8CBAD', warning: 'FFFFE699', info: 'FFDDEBF7' };
export const REPORT_SHEET = 'Hallazgos';
/** Findings over a larger range mark only their first cell. */
const MAX_CELLS_PER_FINDING = 50;

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Advertencia', info: 'Aviso' };
const WORKBOOK_RELS_PART = 'xl/_rels/workbook.xml.rels';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const LINK_COLOR = 'FF0563C1';

export interface AnnotateResult {
  bytes: Uint8Array;
  /** Cells that received a fill. */
  cells: number;
  /** Notes written (cells that had a note keep theirs). */
  notes: number;
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

function freeSheetName(taken: readonly string[], wanted: string): string {
  const names = new Set(taken.map((s) => s.toLowerCase()));
  if (!names.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted} (${n})`;
    if (!names.has(name.toLowerCase())) return name;
  }
}

interface Mark {
  sheet: string;
  row: number;
  col: number;
  severity: Severity;
  messages: string[];
}

/** One mark per cell: the worst severity wins, messages are listed in order. */
function marksOf(findings: readonly Finding[], sheets: ReadonlyMap<string, string>): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const finding of findings) {
    const box = parseRange(finding.range);
    if (!sheets.has(finding.sheet) || !box) continue;
    const whole = boxSize(box) <= MAX_CELLS_PER_FINDING;
    for (let row = box.top; row <= (whole ? box.bottom : box.top); row++) {
      for (let col = box.left; col <= (whole ? box.right : box.left); col++) {
        const key = `${finding.sheet}\u0000${cellAddress(row, col)}`;
        const mark = marks.get(key) ?? { sheet: finding.sheet, row, col, severity: finding.severity, messages: [] };
        if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[mark.severity]) mark.severity = finding.severity;
        mark.messages.push(`${SEVERITY_LABEL[finding.severity]}: ${finding.message}`);
        marks.set(key, mark);
      }
    }
  }
  return marks;
}

type ReportValue = string | number | null | undefined;

function reportCell(ref: string, value: ReportValue, style: number | undefined): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (value === null || value === undefined || value === '') return style === undefined ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function display(value: Finding['expected']): ReportValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'number' || typeof value === 'string' ? value : String(value);
}

const COLUMNS: { header: string; width: number }[] = [
  { header: 'Gravedad', width: 12 },
  { header: 'Hoja', width: 24 },
  { header: 'Celda', width: 12 },
  { header: 'Regla', width: 28 },
  { header: 'Mensaje', width: 80 },
  { header: 'Esperado', width: 16 },
  { header: 'Actual', width: 16 },
];

/** The "Hallazgos" worksheet: a frozen header row, one row per finding, links to the cells. */
function reportSheetXml(
  findings: readonly Finding[],
  linkable: ReadonlySet<string>,
  styles: { header: number; link: number; wrap: number; fill: Record<Severity, number> },
  namespace: string,
  relNamespace: string,
): string {
  const sorted = [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.sheet.localeCompare(b.sheet, 'es'),
  );
  const rows: string[] = [];
  const links: string[] = [];
  rows.push(
    `<row r="1">${COLUMNS.map((c, i) => reportCell(`${columnName(i)}1`, c.header, styles.header)).join('')}</row>`,
  );
  sorted.forEach((finding, i) => {
    const r = i + 2;
    const link = linkable.has(finding.sheet);
    const cells = [
      reportCell(`A${r}`, SEVERITY_LABEL[finding.severity], styles.fill[finding.severity]),
      reportCell(`B${r}`, finding.sheet, undefined),
      reportCell(`C${r}`, finding.range, link ? styles.link : undefined),
      reportCell(`D${r}`, finding.rule, undefined),
      reportCell(`E${r}`, finding.message, styles.wrap),
      reportCell(`F${r}`, display(finding.expected), undefined),
      reportCell(`G${r}`, display(finding.actual), undefined),
    ];
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
    if (link) {
      const target = `${quoteSheet(finding.sheet)}!${finding.range.split(':')[0]}`;
      links.push(`<hyperlink ref="C${r}" location="${escapeXml(target)}" display="${escapeXml(finding.range)}"/>`);
    }
  });
  if (findings.length === 0) rows.push(`<row r="2">${reportCell('E2', 'Sin hallazgos.', undefined)}</row>`);
  const last = Math.max(2, findings.length + 1);
  const cols = COLUMNS.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join(
    '',
  );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${namespace}" xmlns:r="${relNamespace}">` +
    `<dimension ref="A1:G${last}"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>'
  );
}

/** workbook.xml with the new sheet listed last (a free sheetId, its relationship id). */
function listSheet(workbookXml: string, name: string, relId: string, relNamespace: string): string {
  const { xml, prefix } = declaredPrefix(workbookXml, 'workbook', relNamespace);
  const p = prefixOf(xml, 'workbook');
  const ids = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*\ssheetId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  return insertBeforeClose(
    xml,
    `${p}sheets`,
    `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${prefix}:id="${relId}"/>`,
  );
}

/** Headings Excel gives the worksheets in docProps/app.xml, in the languages our users' Excel speaks. */
const WORKSHEETS_HEADING = /^(worksheets|hojas de c[aá]lculo)$/i;

/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) under headings with their counts
 * (HeadingPairs: "Worksheets", 10; "Named Ranges", 2). Excel rewrites it on save, but the file's
 * summary in Windows and other tools read it as written: the report sheet is listed after the
 * last worksheet. A list that does not add up, or is not there (LibreOffice writes none), is left
 * as it is.
 */
export function listSheetInAppProperties(xml: string, worksheetCount: number, name: string): string {
  const pairs = /<((?:\w+:)?)HeadingPairs>([\s\S]*?)<\/\1HeadingPairs>/.exec(xml);
  const titles = /<((?:\w+:)?)TitlesOfParts>([\s\S]*?)<\/\1TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const headings = [
    ...pairs[2].matchAll(/<(?:\w+:)?lpstr>([^<]*)<\/(?:\w+:)?lpstr>[\s\S]*?<((?:\w+:)?)i4>(\d+)<\/\2i4>/g),
  ].map((m) => ({ label: unescapeXml(m[1]).trim(), count: Number(m[3]), match: m }));
  let index = headings.findIndex((h) => WORKSHEETS_HEADING.test(h.label));
  if (index < 0) index = headings.findIndex((h) => h.count === worksheetCount);
  const names = [...titles[2].matchAll(/<((?:\w+:)?)lpstr>[^<]*<\/\1lpstr>/g)];
  const size = /<(?:\w+:)?vector\b[^>]*\ssize="(\d+)"/.exec(titles[2]);
  const total = headings.reduce((sum, h) => sum + h.count, 0);
  if (index < 0 || !size || Number(size[1]) !== names.length || total !== names.length) return xml;

  // The new title goes after the heading's last name (or where its first would be).
  const before = headings.slice(0, index).reduce((sum, h) => sum + h.count, 0) + headings[index].count;
  const vt = names[0]?.[1] ?? headings[index].match[2];
  const at =
    before === 0 ? titles[2].indexOf('>', size.index) + 1 : names[before - 1].index! + names[before - 1][0].length;
  const newTitles = (
    titles[2].slice(0, at) +
    `<${vt}lpstr>${escapeXml(name)}</${vt}lpstr>` +
    titles[2].slice(at)
  ).replace(/(<(?:\w+:)?vector\b[^>]*\ssize=")\d+"/, `$1${names.length + 1}"`);
  const heading = headings[index].match;
  const headingText = heading[0].replace(/(<(?:\w+:)?i4>)\d+(<)/, `$1${headings[index].count + 1}$2`);
  const newPairs = pairs[2].slice(0, heading.index) + headingText + pairs[2].slice(heading.index! + heading[0].length);
  // Replaced by functions: a sheet name may hold "$&" or "$'", which a replacement string expands.
  return xml
    .replace(pairs[0], () => `<${pairs[1]}HeadingPairs>${newPairs}</${pairs[1]}HeadingPairs>`)
    .replace(titles[0], () => `<${titles[1]}TitlesOfParts>${newTitles}</${titles[1]}TitlesOfParts>`);
}

/** The styles part, created (with its relationship and content type) when the package has none. */
function stylesPart(pkg: PackageEdit): string {
  const existing = pkg.relationships(WORKBOOK_PART).find((r) => r.type === 'styles')?.part;
  if (existing && pkg.has(existing)) return existing;
  const part = pkg.freeName((n) => (n === 1 ? 'xl/styles.xml' : `xl/styles${n}.xml`));
  pkg.set(part, EMPTY_STYLESHEET(pkg.mainNamespace));
  pkg.addRelationship(WORKBOOK_PART, 'styles', part);
  pkg.addOverride(part, STYLES_TYPE);
  return part;
}

export async function annotateXlsx(
  original: Uint8Array | ArrayBuffer,
  findings: readonly Finding[],
): Promise<AnnotateResult> {
  const bytes = original instanceof Uint8Array ? original : new Uint8Array(original);
  const pkg = new PackageEdit(bytes);
  const allSheets = sheetPartsOf(pkg.text(WORKBOOK_PART), pkg.text(WORKBOOK_RELS_PART));
  // Notes and fills go on worksheets only (a chart sheet has no cells).
  const worksheets = new Map([...allSheets].filter(([, part]) => /^xl\/worksheets\//.test(part) && pkg.has(part)));
  const marks = marksOf(findings, worksheets);

  const stylesName = stylesPart(pkg);
  const styles = new StylesEdit(pkg.text(stylesName));
  const fills = {
    error: styles.addSolidFill(ANNOTATION_FILLS.error),
    warning: styles.addSolidFill(ANNOTATION_FILLS.warning),
    info: styles.addSolidFill(ANNOTATION_FILLS.info),
  };

  const edits = [...marks.values()].map((mark) => ({
    sheet: mark.sheet,
    cell: cellAddress(mark.row, mark.col),
    mark,
    restyle: (s: string | undefined) => String(styles.withFill(s, fills[mark.severity])),
  }));
  const { applied } = writeEdits(pkg, edits);

  // Notes, by sheet, where the cell has none yet.
  const notesBySheet = new Map<string, NewNote[]>();
  for (const { mark } of applied) {
    const list = notesBySheet.get(mark.sheet) ?? [];
    list.push({ row: mark.row, col: mark.col, text: `Planifica\n${mark.messages.join('\n')}` });
    notesBySheet.set(mark.sheet, list);
  }
  let notes = 0;
  for (const [sheet, list] of notesBySheet) {
    const part = worksheets.get(sheet)!;
    const noted = notedCells(pkg, part);
    const fresh = list.filter((n) => !noted.has(cellAddress(n.row, n.col)));
    addNotes(pkg, part, fresh);
    notes += fresh.length;
  }

  // The report sheet.
  const reportName = freeSheetName([...allSheets.keys()], REPORT_SHEET);
  const reportStyles = {
    header: styles.addFormat({ font: styles.addFontLike({ bold: true }) }),
    link: styles.addFormat({ font: styles.addFontLike({ color: LINK_COLOR, underline: true }) }),
    wrap: styles.addFormat({ alignment: 'vertical="top" wrapText="1"' }),
    fill: {
      error: styles.addFormat({ fill: fills.error }),
      warning: styles.addFormat({ fill: fills.warning }),
      info: styles.addFormat({ fill: fills.info }),
    },
  };
  pkg.set(stylesName, styles.toXml());
  const reportPart = pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  pkg.set(
    reportPart,
    reportSheetXml(findings, new Set(worksheets.keys()), reportStyles, pkg.mainNamespace, pkg.relationshipNamespace),
  );
  pkg.addOverride(reportPart, WORKSHEET_TYPE);
  const relId = pkg.addRelationship(WORKBOOK_PART, 'worksheet', reportPart);
  pkg.set(WORKBOOK_PART, listSheet(pkg.text(WORKBOOK_PART), reportName, relId, pkg.relationshipNamespace));
  const appPart = pkg.relationships('').find((r) => r.type === 'extended-properties')?.part;
  if (appPart && pkg.has(appPart)) {
    const appXml = pkg.text(appPart);
    const listed = listSheetInAppProperties(appXml, worksheets.size, reportName);
    if (listed !== appXml) pkg.set(appPart, listed);
  }

  return { bytes: pkg.bytes(), cells: applied.length, notes, reportSheet: reportName };
}
