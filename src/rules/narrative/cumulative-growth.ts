/**
 * A cumulative result grows by its product's yearly goal (DOMAIN.md, Arithmetic): "Para el año
 * 2027 … a 830,041 personas acumulado" is the 2026 figure (686,372) plus the 2027 physical goal of
 * the product that serves the result in personas (143,669). The product is the one listed with the
 * result (§9.2, §9.4, §3.1) whose unit of measure is the statement's; when several are, the link
 * is ambiguous and nothing is said.
 */
import { cellAddress, createRule, formatNumber, sameQuantity, type CellRef, type WorkbookView } from '../../core';
import { getItemIndex, numericValue, unitKey, type Item, type ItemIndex } from '../../domain/items';
import type { CoverageMatrix, NumberCell, PggMatrix, ResultsMatrix, ResultStatement } from '../../domain/matrix';
import { getRecognition, matricesOf } from '../../domain/recognize';
import { parseResultStatement, type ParsedStatement } from '../../domain/statement';
import { normalize } from '../../domain/text';

type StatementMatrix = ResultsMatrix | CoverageMatrix | PggMatrix;

interface Copy {
  matrix: StatementMatrix;
  statement: ResultStatement;
  parsed: ParsedStatement;
  /** Position in recognition order, the tie-break between copies of one year. */
  order: number;
}

/** One result written year by year (and copied across matrices): same subject, same unit. */
interface Series {
  unit: string;
  copies: Copy[];
}

function cellOf(copy: Copy): CellRef {
  return { sheet: copy.matrix.sheet, range: cellAddress(copy.statement.text.row, copy.statement.text.col) };
}

/**
 * Cumulative increases whose numbers can be trusted, grouped by result. A statement whose own two
 * figures differ (N ≠ N') is narrative/result-statement's finding and is left out here.
 */
function cumulativeSeries(workbook: WorkbookView): Series[] {
  const series = new Map<string, Series>();
  let order = 0;
  for (const matrix of getRecognition(workbook).matrices) {
    if (matrix.type !== 'results' && matrix.type !== 'coverage' && matrix.type !== 'pgg') continue;
    for (const statement of matrix.statements) {
      const parsed = parseResultStatement(statement.text.value);
      order++;
      if (!parsed || !parsed.cumulative || parsed.direction !== 'increase' || !parsed.targetUnit) continue;
      if (parsed.final && parsed.final.value.value !== parsed.target.value) continue;
      const unit = unitKey(parsed.targetUnit);
      const key = `${normalize(parsed.subject)}|${unit}`;
      const entry = series.get(key) ?? { unit, copies: [] };
      entry.copies.push({ matrix, statement, parsed, order });
      series.set(key, entry);
    }
  }
  return [...series.values()];
}

/**
 * The products a statement cell stands beside: the rows its merged cell spans; unmerged, the rows
 * down to the next statement of its column (or every row, when it is the column's only statement).
 */
function productsBeside(workbook: WorkbookView, copy: Copy, index: ItemIndex): Item[] {
  const { matrix } = copy;
  const { row, col } = copy.statement.text;
  const merge = workbook.sheet(matrix.sheet)?.mergeAt(row, col);
  let top = row;
  let bottom = Number.POSITIVE_INFINITY;
  if (merge && merge.bottom > merge.top) {
    bottom = merge.bottom;
  } else {
    const below = matrix.statements.map((s) => s.text).filter((t) => t.col === col && t.row !== row);
    if (below.length === 0) top = Number.NEGATIVE_INFINITY;
    else bottom = Math.min(Number.POSITIVE_INFINITY, ...below.filter((t) => t.row > row).map((t) => t.row - 1));
  }
  const items = new Set<Item>();
  for (const itemRow of matrix.items) {
    if (itemRow.level !== 'product' || itemRow.row < top || itemRow.row > bottom) continue;
    const item = index.itemOf(itemRow);
    if (item) items.add(item);
  }
  return [...items];
}

/** The product's unit as the goals matrix gives it (else the indicator matrix), as a unit key. */
function unitOf(item: Item): string | undefined {
  for (const type of ['goals', 'indicator-matrix'] as const) {
    const unit = item.appearances.find((a) => a.matrix.type === type && a.row.unit)?.row.unit;
    if (unit) return unitKey(unit.value);
  }
  return undefined;
}

interface Link {
  product: Item;
  /** True when no matrix lists the result with products and the unit alone chose the product. */
  byUnitOnly: boolean;
}

/**
 * The one product serving a result: among the products listed with the result in every matrix that
 * lists any, those in the statement's unit. Several, or none, is no link.
 */
function productOf(workbook: WorkbookView, series: Series, index: ItemIndex): Link | undefined {
  let candidates: Set<Item> | undefined;
  for (const copy of series.copies) {
    const beside = productsBeside(workbook, copy, index);
    if (beside.length === 0) continue;
    const inUnit = beside.filter((item) => unitOf(item) === series.unit);
    candidates = new Set(candidates ? inUnit.filter((item) => candidates!.has(item)) : inUnit);
  }
  if (candidates) return candidates.size === 1 ? { product: [...candidates][0], byUnitOnly: false } : undefined;
  // No matrix pairs the result with products: the goals matrix's only product in that unit, if any.
  const inUnit = new Set<Item>();
  for (const goals of matricesOf(workbook, 'goals'))
    for (const row of goals.items) {
      const item = row.level === 'product' ? index.itemOf(row) : undefined;
      if (item && unitOf(item) === series.unit) inUnit.add(item);
    }
  return inUnit.size === 1 ? { product: [...inUnit][0], byUnitOnly: true } : undefined;
}

interface Goal {
  value: number;
  cell: CellRef;
}

/** The one value the cells hold (undefined when none is a number or two disagree). */
function agreed(cells: { sheet: string; cell: NumberCell | undefined }[]): Goal | undefined {
  let found: Goal | undefined;
  for (const { sheet, cell } of cells) {
    const value = numericValue(cell?.value);
    if (value === undefined || !cell) continue;
    if (found && !sameQuantity(found.value, value)) return undefined;
    found ??= { value, cell: { sheet, range: cellAddress(cell.row, cell.col) } };
  }
  return found;
}

/** The product's physical goal for a year: the goals matrix, else the indicator matrix's absolute. */
function goalOf(product: Item, year: number): Goal | undefined {
  const physical: { sheet: string; cell: NumberCell | undefined }[] = [];
  const absolute: { sheet: string; cell: NumberCell | undefined }[] = [];
  for (const { matrix, index } of product.appearances) {
    if (matrix.type === 'goals') {
      const i = matrix.years.findIndex((y) => y.year === year);
      if (i >= 0) physical.push({ sheet: matrix.sheet, cell: matrix.items[index].physical[i] });
    } else if (matrix.type === 'indicator-matrix') {
      const i = matrix.years.findIndex((y) => y.year === year);
      if (i >= 0) absolute.push({ sheet: matrix.sheet, cell: matrix.rows[index].absolute[i] });
    }
  }
  const fromGoals = physical.some((p) => numericValue(p.cell?.value) !== undefined);
  return fromGoals ? agreed(physical) : agreed(absolute);
}

/** Each year's copies, the one in its own year column first, then in recognition order. */
function byYear(series: Series): Map<number, Copy[]> {
  const years = new Map<number, Copy[]>();
  for (const copy of series.copies) {
    const year = copy.parsed.year.value;
    years.set(year, [...(years.get(year) ?? []), copy]);
  }
  const ownColumnFirst = (copy: Copy) => (copy.statement.columnYear === copy.parsed.year.value ? 0 : 1);
  for (const copies of years.values())
    copies.sort((a, b) => ownColumnFirst(a) - ownColumnFirst(b) || a.order - b.order);
  return years;
}

export default createRule({
  meta: {
    id: 'narrative/cumulative-growth',
    kind: 'narrative-mismatch',
    severity: 'error',
    description:
      'Verifica que un resultado acumulado crezca cada año exactamente la meta física anual del producto que lo atiende.',
    descriptionEn:
      'Checks that a cumulative result grows each year by exactly the yearly physical goal of the product that serves it.',
    title: 'Resultado acumulado que no crece con la meta',
    titleEn: 'Cumulative result out of step with the goal',
    messages: {
      growth:
        'El resultado acumulado de {{year}} dice {{actual}} pero debería ser {{expected}}: el de {{previousYear}} ({{previous}}) más la meta física {{year}} de «{{product}}» ({{goal}}).',
      baseline:
        'El resultado acumulado de {{year}} dice {{actual}} pero debería ser {{expected}}: la línea base de {{previousYear}} ({{previous}}) más la meta física {{year}} de «{{product}}» ({{goal}}).',
    },
    messagesEn: {
      growth:
        'The cumulative result for {{year}} says {{actual}} but should be {{expected}}: the {{previousYear}} result ({{previous}}) plus the {{year}} physical goal of "{{product}}" ({{goal}}).',
      baseline:
        'The cumulative result for {{year}} says {{actual}} but should be {{expected}}: the {{previousYear}} baseline ({{previous}}) plus the {{year}} physical goal of "{{product}}" ({{goal}}).',
    },
  },
  create(context) {
    const { workbook } = context;
    const all = cumulativeSeries(workbook);
    if (all.length === 0) return;
    const index = getItemIndex(workbook);
    for (const series of all) {
      const link = productOf(workbook, series, index);
      if (!link) continue;
      const years = byYear(series);
      // What each reported year should have said: the next year may have been built on it.
      const corrected = new Map<number, number>();
      for (const year of [...years.keys()].sort((a, b) => a - b)) {
        const copies = years.get(year)!;
        const current = copies[0];
        const previousCopy = years.get(year - 1)?.[0];
        const baseline = current.parsed.baseline;
        // Without the previous year's statement, only a baseline of exactly that year can stand in.
        const previous = previousCopy
          ? previousCopy.parsed.target
          : baseline?.year.value === year - 1 && (!baseline.unit || unitKey(baseline.unit) === series.unit)
            ? baseline.value
            : undefined;
        if (!previous) continue;
        const actual = current.parsed.target.value;
        // A cumulative that goes down is narrative/result-statement's finding, not a growth to measure.
        if (actual < previous.value) continue;
        const goal = goalOf(link.product, year);
        if (!goal) continue;
        const expected = previous.value + goal.value;
        const fixedPrevious = corrected.get(year - 1);
        if (sameQuantity(actual, expected)) continue;
        // Grown right from what the previous year should have said: that year is the one reported.
        if (fixedPrevious !== undefined && sameQuantity(actual, fixedPrevious + goal.value)) continue;
        corrected.set(year, expected);
        // Other copies of the same year that say the same number are wrong the same way.
        const sameSaying = copies.slice(1).filter((c) => c.parsed.target.value === actual);
        const place = cellOf(current);
        const report = {
          sheet: place.sheet,
          range: place.range,
          data: {
            year,
            actual: current.parsed.target.text,
            expected: formatNumber(expected),
            previousYear: year - 1,
            previous: previous.text,
            product: link.product.name,
            goal: formatNumber(goal.value),
          },
          expected,
          actual,
          valueType: 'quantity' as const,
          related: [goal.cell, ...(previousCopy ? [cellOf(previousCopy)] : []), ...sameSaying.map(cellOf)],
          ...(link.byUnitOnly ? { severity: 'warning' as const } : {}),
        };
        if (previousCopy) context.report({ messageId: 'growth', ...report });
        else context.report({ messageId: 'baseline', ...report });
      }
    }
  },
});
