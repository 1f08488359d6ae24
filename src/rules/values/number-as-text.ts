/**
 * Numbers typed as text ("1,234", " 56 ", "Q 1,500.00", "12%"): Excel shows them but SUM skips
 * them, so a total can be short without any visible sign. We only speak up where a number is
 * clearly expected — a column of numbers — or where a total really drops the cell. Codes with
 * leading zeros, budget structures with dashes, years, long identifiers and sentences are text.
 */
import {
  AGGREGATE_FUNCTIONS,
  cellAddress,
  createRule,
  formatNumber,
  rangeAddress,
  type CellRef,
  type SheetView,
  type WorkbookView,
} from '../../core';
import {
  groupVerticalRuns,
  isEmptyCell,
  isYearLike,
  normalizeLabel,
  parseNumberText,
  sheetFacts,
  targetSheet,
  type SheetFacts,
} from '../formulas/support/sheet-facts';

interface Interval {
  from: number;
  to: number;
  total: CellRef;
}

/** Where aggregates read, per sheet: tall boxes indexed by column, wide ones by row. */
interface Coverage {
  byColumn: Map<number, Interval[]>[];
  byRow: Map<number, Interval[]>[];
}

interface Candidate {
  row: number;
  col: number;
  text: string;
  value: number;
  total?: CellRef;
}

export default createRule({
  meta: {
    id: 'values/number-as-text',
    kind: 'number-as-text',
    severity: 'warning',
    description: 'Señala números guardados como texto en columnas de números, sobre todo si un total los omite.',
    descriptionEn: 'Flags numbers stored as text in numeric columns, above all when a total skips them.',
    fixable: true,
    title: 'Número guardado como texto',
    titleEn: 'Number stored as text',
    messages: {
      numberAsText:
        'El valor "{{text}}" es un número guardado como texto en una columna de números; Excel no lo suma ni lo compara como número.',
      numbersAsText:
        'Las {{count}} celdas de {{range}} son números guardados como texto en una columna de números; Excel no las suma ni las compara como números.',
      droppedFromTotal:
        'El valor "{{text}}" es un número guardado como texto y el total {{total}} lo omite: le faltan {{value}}.',
      droppedManyFromTotal:
        'Las {{count}} celdas de {{range}} son números guardados como texto y el total {{total}} las omite: le faltan {{value}}.',
    },
    messagesEn: {
      numberAsText:
        'The value "{{text}}" is a number stored as text in a column of numbers; Excel neither adds it nor compares it as a number.',
      numbersAsText:
        'The {{count}} cells in {{range}} are numbers stored as text in a column of numbers; Excel neither adds them nor compares them as numbers.',
      droppedFromTotal:
        'The value "{{text}}" is a number stored as text and the total {{total}} leaves it out: it is short by {{value}}.',
      droppedManyFromTotal:
        'The {{count}} cells in {{range}} are numbers stored as text and the total {{total}} leaves them out: it is short by {{value}}.',
    },
  },
  create(context) {
    const { workbook } = context;
    const scans = workbook.sheets.map((sheet) => scanSheet(workbook, sheet));
    if (scans.every((scan) => scan.candidates.length === 0)) return;
    const coverage = buildCoverage(
      workbook,
      scans.map((scan) => new Set(scan.candidates.map((c) => c.col))),
    );
    for (const [index, scan] of scans.entries()) {
      const sheet = workbook.sheets[index];
      const findings: Candidate[] = [];
      for (const candidate of scan.candidates) {
        candidate.total = coveringTotal(coverage, index, candidate.row, candidate.col);
        if (candidate.total) {
          if (!isTextNumberingRow(sheet, candidate.row)) findings.push(candidate);
        } else if (
          scan.isNumericColumn(candidate) &&
          scan.dataRows[candidate.row] === 1 &&
          !isCodeColumn(sheet, sheetFacts(workbook, sheet), candidate)
        )
          findings.push(candidate);
      }
      const runs = groupVerticalRuns(findings, (c) => ({
        row: c.row,
        col: c.col,
        key: c.total ? `${c.total.sheet}!${c.total.range}` : '',
      }));
      for (const run of runs) {
        const first = run.items[0];
        const range = rangeAddress({ top: run.top, left: run.col, bottom: run.bottom, right: run.col });
        const missing = formatNumber(run.items.reduce((n, c) => n + c.value, 0));
        const total = first.total
          ? `${first.total.sheet === sheet.name ? '' : first.total.sheet + '!'}${first.total.range}`
          : '';
        const single = run.items.length === 1;
        const base = {
          sheet: sheet.name,
          range,
          related: first.total ? [first.total] : undefined,
          expected: single ? first.value : undefined,
          actual: single ? first.text : undefined,
          valueType: single ? ('quantity' as const) : undefined,
          fix: single ? { range, value: first.value } : undefined,
        };
        if (first.total && single)
          context.report({
            ...base,
            messageId: 'droppedFromTotal',
            severity: 'error',
            data: { text: first.text, total, value: missing },
          });
        else if (first.total)
          context.report({
            ...base,
            messageId: 'droppedManyFromTotal',
            severity: 'error',
            data: { count: run.items.length, range, total, value: missing },
          });
        else if (single) context.report({ ...base, messageId: 'numberAsText', data: { text: first.text } });
        else context.report({ ...base, messageId: 'numbersAsText', data: { count: run.items.length, range } });
      }
    }
  },
});

interface SheetScan {
  candidates: Candidate[];
  /** Rows holding a real number or a label: a row made only of number-like texts is a header
   * (column numbering "1", "2", "(3)"…), not data. */
  dataRows: Uint8Array;
  /** In its block (between blank rows), most of the candidate's column are numbers. */
  isNumericColumn(candidate: Candidate): boolean;
}

/** One pass over a sheet: the number-like texts, and per block and column what the values are. */
function scanSheet(workbook: WorkbookView, sheet: SheetView): SheetScan {
  const facts = sheetFacts(workbook, sheet);
  const width = (sheet.usedRange?.right ?? 0) + 1;
  // Per column of the current block: [numbers, number-like texts, other values]. Blocks are
  // contiguous row ranges, so one array serves them all, cleared where it was touched.
  const counts = new Int32Array(3 * width);
  const touched: number[] = [];
  const candidates: Candidate[] = [];
  const pending: Candidate[] = [];
  const numericColumn = new Set<Candidate>();
  const dataRows = new Uint8Array(sheet.rowCount);
  // Header rows (no figure but years) do not vote on what a column holds: "Valor" above a list of
  // numbers must not outweigh them.
  const rowsWithFigures = new Uint8Array(sheet.rowCount);
  for (const cell of sheet.cells)
    if (typeof cell.value === 'number' && !isYearLike(cell.value)) rowsWithFigures[cell.row] = 1;
  const closeBlock = (): void => {
    for (const candidate of pending) {
      const numbers = counts[3 * candidate.col];
      const all = numbers + counts[3 * candidate.col + 1] + counts[3 * candidate.col + 2];
      if (numbers >= 2 && 2 * numbers > all) numericColumn.add(candidate);
    }
    pending.length = 0;
    for (const col of touched) counts.fill(0, 3 * col, 3 * col + 3);
    touched.length = 0;
  };
  let block = -2;
  for (const cell of sheet.cells) {
    if (isEmptyCell(cell)) continue;
    if (facts.blockOfRow[cell.row] !== block) {
      closeBlock();
      block = facts.blockOfRow[cell.row];
    }
    const at = 3 * cell.col;
    if (counts[at] === 0 && counts[at + 1] === 0 && counts[at + 2] === 0) touched.push(cell.col);
    const v = cell.value;
    if (typeof v === 'number') {
      counts[at]++;
      dataRows[cell.row] = 1;
    } else if (typeof v === 'string' && cell.formula === undefined) {
      const value = parseNumberText(v);
      if (value === undefined) {
        if (rowsWithFigures[cell.row]) counts[at + 2]++;
        dataRows[cell.row] = 1;
      } else {
        counts[at + 1]++;
        const candidate = { row: cell.row, col: cell.col, text: v, value };
        candidates.push(candidate);
        pending.push(candidate);
      }
    } else if (rowsWithFigures[cell.row]) counts[at + 2]++;
  }
  closeBlock();
  return { candidates, dataRows, isNumericColumn: (candidate) => numericColumn.has(candidate) };
}

/** Where aggregates read, restricted to the columns that hold candidates (the rest cannot matter). */
function buildCoverage(workbook: WorkbookView, candidateColumns: Set<number>[]): Coverage {
  const coverage: Coverage = {
    byColumn: workbook.sheets.map(() => new Map()),
    byRow: workbook.sheets.map(() => new Map()),
  };
  const add = (index: Map<number, Interval[]>, key: number, interval: Interval): void => {
    const list = index.get(key);
    if (list) list.push(interval);
    else index.set(key, [interval]);
  };
  for (const host of workbook.sheets) {
    for (const cell of host.formulaCells) {
      const info = host.formula(cell);
      if (!info || !info.functions.some((name) => AGGREGATE_FUNCTIONS.has(name))) continue;
      let total: CellRef | undefined;
      for (const ref of info.references) {
        const target = targetSheet(workbook, host, ref);
        const columns = target && candidateColumns[target.index];
        if (!target || !columns || columns.size === 0) continue;
        const { top, left, bottom, right } = ref.box;
        let touches = false;
        for (const col of columns)
          if (col >= left && col <= right) {
            touches = true;
            break;
          }
        if (!touches) continue;
        total ??= { sheet: host.name, range: cellAddress(cell.row, cell.col) };
        const interval = (from: number, to: number): Interval => ({ from, to, total: total as CellRef });
        if (bottom - top >= right - left) {
          for (const col of columns)
            if (col >= left && col <= right) add(coverage.byColumn[target.index], col, interval(top, bottom));
        } else for (let r = top; r <= bottom; r++) add(coverage.byRow[target.index], r, interval(left, right));
      }
    }
  }
  return coverage;
}

// Columns of codes (programa, actividad, renglón…) may mix "13" typed as text with 11 typed as a
// number: both are accepted ways of writing a code, not a number that a total should count.
const CODE_HEADER =
  /^(prg|prog\.?|programa|sub ?programa|proy(ecto)?\.?|act(ividad)?\.?|obra|c[oó]d(igo)?\.?|rengl[oó]n|fuente|ubicaci[oó]n|estructura|no\.?|n[uú]m(ero)?\.?|#|correlativo|u\.? ?e\.?|unidad ejecutora|entidad|depto|departamento|municipio)\b/;
/** How far up a column we look for its header. */
const HEADER_SEARCH_ROWS = 30;

function isCodeColumn(sheet: SheetView, facts: SheetFacts, candidate: Candidate): boolean {
  const block = facts.blockOfRow[candidate.row];
  for (let r = candidate.row - 1; r >= 0 && r >= candidate.row - HEADER_SEARCH_ROWS; r--) {
    if (facts.blockOfRow[r] !== block) break;
    const v = sheet.get(r, candidate.col)?.value;
    if (typeof v === 'string' && parseNumberText(v) === undefined && v.trim() !== '')
      return CODE_HEADER.test(normalizeLabel(v));
  }
  return false;
}

/** The column numbers of an official format typed as text: "1", "2", "3"… or "(1)", "(2)", "(3)"… */
function isTextNumberingRow(sheet: SheetView, row: number): boolean {
  let expected = 1;
  for (const cell of sheet.row(row)) {
    if (!cell || isEmptyCell(cell)) continue;
    const value = typeof cell.value === 'string' ? parseNumberText(cell.value) : undefined;
    if (value === undefined || Math.abs(value) !== expected) return false;
    expected++;
  }
  return expected > 3;
}

function coveringTotal(coverage: Coverage, sheet: number, row: number, col: number): CellRef | undefined {
  for (const i of coverage.byColumn[sheet].get(col) ?? []) if (row >= i.from && row <= i.to) return i.total;
  for (const i of coverage.byRow[sheet].get(row) ?? []) if (col >= i.from && col <= i.to) return i.total;
  return undefined;
}
