/**
 * A number typed into a totals row or column whose other totals are formulas. A typed total does
 * not follow its data: the day a figure changes, the total silently stays behind. Whole rows of
 * typed totals are a choice we leave alone; one typed cell among formulas is an accident.
 */
import {
  analyzeFormula,
  cellAddress,
  createRule,
  formatNumber,
  formatQuetzales,
  rangeAddress,
  sameMoney,
  sameQuantity,
  type Cell,
  type SheetView,
  type WorkbookView,
} from '../../core';
import {
  aggregateOf,
  copyFormula,
  evaluateArithmetic,
  isEmptyCell,
  isHeaderNumber,
  isMoneyFormat,
  isPercentFormat,
  isTotalLabel,
  sheetFacts,
  staysOnLine,
  stretchesOf,
  sumOfAggregate,
  type SheetFacts,
  type VisitBudget,
} from '../formulas/support/sheet-facts';

/** Empty cells allowed between a "Total" header and its first value (merged two-row headers). */
const MAX_HEADER_GAP = 2;
const VISIT_BUDGET = 5_000_000;
/** How far above a totals row we look for the numbers it totals. */
const MAX_ROWS_TO_DATA = 200;
/** Formulas must outnumber typed numbers this many times: half and half is a style, not a slip. */
const MAJORITY_RATIO = 2;
/** A form of the line's formulas is usual when at least 1 in this many follow it. */
const VARIANT_SHARE = 10;
/** Findings per sheet before the rest is summarised in one line. */
const MAX_FINDINGS_PER_SHEET = 200;
/** Formulas summing their own row (or column) that make a line of totals without a label. */
const MIN_IMPLICIT_TOTALS = 3;

type Line = { cells: Cell[]; orientation: 'row' | 'column' };

export default createRule({
  meta: {
    id: 'totals/hardcoded-total',
    kind: 'hardcoded-total',
    severity: 'warning',
    description: 'Señala un número escrito a mano en una fila o columna de totales cuyos demás totales son fórmulas.',
    descriptionEn: 'Flags a typed number in a totals row or column whose other totals are formulas.',
    fixable: true,
    title: 'Total escrito a mano',
    titleEn: 'Total typed in by hand',
    messages: {
      hardcoded:
        'El total {{value}} está escrito a mano, mientras que los demás totales de {{region}} son fórmulas; debería ser {{formula}}.',
      tooMany:
        'Hay {{count}} totales más escritos a mano entre fórmulas en esta hoja que no se detallan; corrija los anteriores y vuelva a validar.',
      hardcodedVariant:
        'El total {{value}} está escrito a mano y no coincide con lo que suma su rango ({{sum}}), aunque sí con {{variant}}, otra forma que usa esta columna; los demás totales de {{region}} son fórmulas: escriba la que corresponde.',
      hardcodedMismatch:
        'El total {{value}} está escrito a mano y no coincide con lo que suma su rango ({{sum}}); los demás totales de {{region}} son fórmulas: debería ser {{formula}}.',
    },
    messagesEn: {
      hardcoded:
        'The total {{value}} is typed in by hand, while the other totals in {{region}} are formulas; it should be {{formula}}.',
      tooMany:
        'There are {{count}} more totals typed in by hand among formulas on this sheet that are not listed; fix the ones above and validate again.',
      hardcodedVariant:
        'The total {{value}} is typed and does not equal what its range adds up to ({{sum}}), though it equals {{variant}}, another form this column uses; the other totals of {{region}} are formulas: write the one that applies.',
      hardcodedMismatch:
        'The total {{value}} is typed in by hand and does not match what its range adds up to ({{sum}}); the other totals in {{region}} are formulas: it should be {{formula}}.',
    },
  },
  create(context) {
    const { workbook } = context;
    const budget: VisitBudget = { left: VISIT_BUDGET };
    for (const sheet of workbook.sheets) {
      const facts = sheetFacts(workbook, sheet);
      const seen = new Set<Cell>();
      let reported = 0;
      let skipped = 0;
      for (const line of totalLines(workbook, sheet, facts)) {
        const formulas = line.cells.filter((c) => c.formula !== undefined);
        // Header years (2025 under a merged "Total" header) label columns; they total nothing.
        const typed = line.cells.filter(
          (c) =>
            c.formula === undefined &&
            typeof c.value === 'number' &&
            !isPercentFormat(c.numFmt) &&
            !isHeaderNumber(sheet, c),
        );
        if (formulas.length < 2 || typed.length === 0 || MAJORITY_RATIO * typed.length > formulas.length) continue;
        const counts = new Map<string, number>();
        for (const c of formulas) {
          const form = sheet.formula(c)?.relative ?? '';
          counts.set(form, (counts.get(form) ?? 0) + 1);
        }
        const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
        const region = rangeAddress({
          top: line.cells[0].row,
          left: line.cells[0].col,
          bottom: line.cells[line.cells.length - 1].row,
          right: line.cells[line.cells.length - 1].col,
        });
        for (const cell of typed) {
          if (seen.has(cell) || typeof cell.value !== 'number') continue;
          if (reported === MAX_FINDINGS_PER_SHEET) {
            skipped++;
            continue;
          }
          if (line.orientation === 'row' && !hasDataAbove(sheet, cell)) continue;
          const model = nearestWithForm(sheet, line.cells, cell, majority);
          const formula = model && copyFormula(model, cell);
          if (!formula) continue;
          seen.add(cell);
          const info = analyzeFormula(formula, cell.row, cell.col);
          const aggregate = aggregateOf(info);
          // A sum (SUM, SUBTOTAL) or plain arithmetic of cells (=(G5+I5+K5+M5)): what it would give.
          const total = aggregate
            ? sumOfAggregate(workbook, sheet, aggregate, budget)
            : evaluateArithmetic(workbook, sheet, info, budget);
          const address = cellAddress(cell.row, cell.col);
          const base = { sheet: sheet.name, range: address, actual: cell.value, fix: { range: address, formula } };
          const money = isMoneyFormat(cell.numFmt) || (total?.money ?? false);
          const show = money ? formatQuetzales : formatNumber;
          // A typed number where the pattern would add up nothing at all is a lone value, not a total.
          if (total && total.count === 0 && aggregate) {
            seen.delete(cell);
            continue;
          }
          const same = (value: number, sum: number): boolean =>
            money ? sameMoney(value, sum) : sameQuantity(value, sum);
          // The line's formulas take several forms (a sum on some rows, an average on others):
          // a typed value that one of the other usual forms gives is not shown to be wrong.
          let variant: string | undefined;
          if (total && !same(cell.value, total.sum)) {
            for (const [form, n] of counts) {
              if (form === majority || n * VARIANT_SHARE < formulas.length) continue;
              const model = nearestWithForm(sheet, line.cells, cell, form);
              const text = model && copyFormula(model, cell);
              if (!text) continue;
              const value = evaluateArithmetic(workbook, sheet, analyzeFormula(text, cell.row, cell.col), budget);
              if (value !== undefined && same(cell.value, value.sum)) {
                variant = text;
                break;
              }
            }
          }
          if (variant !== undefined && total) {
            // The line's formulas take several forms (a sum on some rows, an average on others):
            // a typed value that another usual form gives is likely, not surely, wrong.
            context.report({
              sheet: sheet.name,
              range: address,
              actual: cell.value,
              messageId: 'hardcodedVariant',
              confidence: 0.7,
              valueType: money ? 'money' : 'quantity',
              suggestions: [
                { message: `Escribir ${formula}`, fix: { range: address, formula } },
                { message: `Escribir ${variant}`, fix: { range: address, formula: variant } },
              ],
              data: { value: show(cell.value), sum: show(total.sum), variant, region },
            });
            reported++;
            continue;
          }
          if (total && !same(cell.value, total.sum)) {
            context.report({
              ...base,
              messageId: 'hardcodedMismatch',
              severity: 'error',
              expected: money ? Math.round(total.sum * 100) / 100 : total.sum,
              valueType: money ? 'money' : 'quantity',
              data: { value: show(cell.value), sum: show(total.sum), region, formula },
            });
          } else {
            context.report({
              ...base,
              messageId: 'hardcoded',
              expected: formula,
              valueType: 'formula',
              data: { value: show(cell.value), region, formula },
            });
          }
          reported++;
        }
      }
      if (skipped > 0)
        context.report({ messageId: 'tooMany', sheet: sheet.name, range: 'A1', data: { count: skipped } });
    }
  },
});

/** The totals rows (labelled Total, Subtotal, Suma…), the columns headed "Total…", and implicit ones. */
function totalLines(workbook: WorkbookView, sheet: SheetView, facts: SheetFacts): Line[] {
  const lines: Line[] = [];
  for (const row of facts.totalRows) {
    const cells = sheet
      .row(row)
      .filter(
        (c): c is Cell =>
          c !== undefined && (typeof c.value === 'number' || (c.formula !== undefined && c.value === null)),
      );
    if (cells.length) lines.push({ cells, orientation: 'row' });
  }
  for (const header of sheet.textCells) {
    if (header.formula !== undefined || !isTotalLabel(header.value)) continue;
    if (facts.totalRows.has(header.row)) continue;
    const cells: Cell[] = [];
    let gap = 0;
    for (let r = header.row + 1; r < sheet.rowCount; r++) {
      const cell = sheet.get(r, header.col);
      if (isEmptyCell(cell)) {
        if (cells.length === 0 && ++gap <= MAX_HEADER_GAP) continue;
        break;
      }
      if (typeof cell?.value !== 'number' && cell?.formula === undefined) break;
      if (cell) cells.push(cell);
    }
    if (cells.length) lines.push({ cells, orientation: 'column' });
  }
  lines.push(...implicitLines(workbook, sheet));
  return lines;
}

/**
 * Totals that say so by their formulas rather than a label: a column where most cells sum their
 * own row (an annual goal summing its quarters). The line runs from its first formula to its
 * last, so the header above is not part of it. Rows are not guessed this way: a product row sums
 * its subproducts' money with formulas while their physical goals, in different units, are
 * rightly typed.
 */
function implicitLines(workbook: WorkbookView, sheet: SheetView): Line[] {
  const lines: Line[] = [];
  for (const formulas of stretchesOf(workbook, sheet).columns) {
    const rowTotals = formulas.filter((cell) => {
      const info = sheet.formula(cell);
      return info !== undefined && aggregateOf(info) !== undefined && staysOnLine(info, cell, 'row');
    });
    if (rowTotals.length < MIN_IMPLICIT_TOTALS) continue;
    const col = rowTotals[0].col;
    const cells: Cell[] = [];
    for (let r = rowTotals[0].row; r <= rowTotals[rowTotals.length - 1].row; r++) {
      const cell = sheet.get(r, col);
      if (cell && (cell.formula !== undefined || (typeof cell.value === 'number' && !isHeaderNumber(sheet, cell))))
        cells.push(cell);
    }
    lines.push({ cells, orientation: 'column' });
  }
  return lines;
}

/**
 * In a totals row, only columns that hold numbers above are totals (not codes or notes). The
 * data may sit above a blank separator row, so blank rows are skipped.
 */
function hasDataAbove(sheet: SheetView, cell: Cell): boolean {
  for (let r = cell.row - 1; r >= 0 && r >= cell.row - MAX_ROWS_TO_DATA; r--) {
    const above = sheet.get(r, cell.col);
    if (isEmptyCell(above)) continue;
    return typeof above?.value === 'number' && !isHeaderNumber(sheet, above);
  }
  return false;
}

/** The formula of the line nearest to `cell` that follows the line's usual pattern. */
function nearestWithForm(sheet: SheetView, cells: Cell[], cell: Cell, form: string): Cell | undefined {
  const at = cells.indexOf(cell);
  for (let d = 1; d < cells.length; d++) {
    for (const i of [at - d, at + d]) {
      const candidate = cells[i];
      if (candidate?.formula !== undefined && sheet.formula(candidate)?.relative === form) return candidate;
    }
  }
  return undefined;
}
