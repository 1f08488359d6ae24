/**
 * Numbers typed as text ("1,234", " 56 ", "Q 1,500.00", "12%"): Excel shows them but SUM skips
 * them, so a total can be short without any visible sign. We only speak up where a number is
 * clearly expected — a column of numbers — or where a total really drops the cell. Codes with
 * leading zeros, budget structures with dashes, years, long identifiers and sentences are text.
 */
import { AGGREGATE_FUNCTIONS, cellAddress, createRule, formatNumber, rangeAddress, type CellRef } from '../../core';
import {
  groupVerticalRuns,
  isEmptyCell,
  parseNumberText,
  sheetFacts,
  targetSheet,
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
  },
  create(context) {
    const { workbook } = context;
    let coverage: Coverage | undefined;
    for (const sheet of workbook.sheets) {
      const facts = sheetFacts(workbook, sheet);
      const candidates: Candidate[] = [];
      // Per block and column: how many numbers, number-like texts and other values.
      const stats = new Map<number, { numbers: number; texts: number; others: number }>();
      // Rows holding a real number or a label: a row made only of number-like texts is a header
      // (column numbering "1", "2", "(3)"…), not data.
      const dataRows = new Set<number>();
      for (const cell of sheet.cells) {
        if (isEmptyCell(cell)) continue;
        const key = facts.blockOfRow[cell.row] * 16384 + cell.col;
        let s = stats.get(key);
        if (!s) stats.set(key, (s = { numbers: 0, texts: 0, others: 0 }));
        if (typeof cell.value === 'number') {
          s.numbers++;
          dataRows.add(cell.row);
        } else if (typeof cell.value === 'string' && cell.formula === undefined) {
          const value = parseNumberText(cell.value);
          if (value === undefined) {
            s.others++;
            dataRows.add(cell.row);
          } else {
            s.texts++;
            candidates.push({ row: cell.row, col: cell.col, text: cell.value, value });
          }
        } else s.others++;
      }
      if (candidates.length === 0) continue;
      coverage ??= buildCoverage(workbook);
      const findings: Candidate[] = [];
      for (const candidate of candidates) {
        candidate.total = coveringTotal(coverage, sheet.index, candidate.row, candidate.col);
        const s = stats.get(facts.blockOfRow[candidate.row] * 16384 + candidate.col);
        const numericColumn = !!s && s.numbers >= 2 && 2 * s.numbers > s.numbers + s.texts + s.others;
        if (candidate.total || (numericColumn && dataRows.has(candidate.row))) findings.push(candidate);
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

function buildCoverage(workbook: Parameters<typeof targetSheet>[0]): Coverage {
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
    for (const cell of host.cells) {
      if (cell.formula === undefined) continue;
      const info = host.formula(cell);
      if (!info || !info.functions.some((name) => AGGREGATE_FUNCTIONS.has(name))) continue;
      const total: CellRef = { sheet: host.name, range: cellAddress(cell.row, cell.col) };
      for (const ref of info.references) {
        const target = targetSheet(workbook, host, ref);
        if (!target) continue;
        const { top, left, bottom, right } = ref.box;
        if (bottom - top >= right - left)
          for (let c = left; c <= right; c++) add(coverage.byColumn[target.index], c, { from: top, to: bottom, total });
        else for (let r = top; r <= bottom; r++) add(coverage.byRow[target.index], r, { from: left, to: right, total });
      }
    }
  }
  return coverage;
}

function coveringTotal(coverage: Coverage, sheet: number, row: number, col: number): CellRef | undefined {
  for (const i of coverage.byColumn[sheet].get(col) ?? []) if (row >= i.from && row <= i.to) return i.total;
  for (const i of coverage.byRow[sheet].get(row) ?? []) if (col >= i.from && col <= i.to) return i.total;
  return undefined;
}
