/**
 * The same product's yearly physical goal differs between the goals matrix (§9.5) and the
 * multiannual indicator matrix (§9.1), whose "Datos absolutos" are those goals.
 *
 * Which side is wrong is decided by each side's own arithmetic:
 * - the indicator matrix is confirmed when its multiannual total is a typed number equal to the
 *   sum of its years (a SUM formula confirms nothing: it adds whatever is there);
 * - the goals matrix is confirmed, for one year, when the product's goal equals the sum of its
 *   subproducts' goals and they all share the product's unit.
 * The side that is confirmed is taken as right and the other side's cell is reported. When the
 * indicator total adds up only with the goals matrix's figure in place of its own, the indicator
 * cell is the wrong one. Otherwise the goals cell is reported with the indicator cell related.
 */
import { cellAddress, createRule, formatNumber, sameQuantity, type CellRef, type WorkbookView } from '../../core';
import { appearancesIn, getItemIndex, numericValue, rowIn, unitKey } from '../../domain/items';
import type { GoalsMatrix, IndicatorMatrix, NumberCell } from '../../domain/matrix';

type GoalsRow = GoalsMatrix['items'][number];
type IndicatorRow = IndicatorMatrix['rows'][number];

function ref(sheet: string, cell: { row: number; col: number }): CellRef {
  return { sheet, range: cellAddress(cell.row, cell.col) };
}

interface YearPair {
  year: number;
  /** Index of the year in the goals matrix. */
  index: number;
  goals: NumberCell;
  goalsValue: number;
  indicator: NumberCell;
  indicatorValue: number;
}

/** The years both rows give a number for. */
function pairYears(goals: GoalsMatrix, goalsRow: GoalsRow, indicator: IndicatorMatrix, indicatorRow: IndicatorRow) {
  const pairs: YearPair[] = [];
  goals.years.forEach((year, index) => {
    const j = indicator.years.findIndex((y) => y.year === year.year);
    if (j < 0) return;
    const g = goalsRow.physical[index];
    const a = indicatorRow.absolute[j];
    const goalsValue = numericValue(g?.value);
    const indicatorValue = numericValue(a?.value);
    if (!g || !a || goalsValue === undefined || indicatorValue === undefined) return;
    pairs.push({ year: year.year, index, goals: g, goalsValue, indicator: a, indicatorValue });
  });
  return pairs;
}

/** The indicator row's typed multiannual total and the sum of its years, when there is one. */
function indicatorTotal(view: WorkbookView, matrix: IndicatorMatrix, row: IndicatorRow) {
  const cell = row.total?.absolute;
  const total = numericValue(cell?.value);
  if (!cell || total === undefined) return undefined;
  const typed = view.sheet(matrix.sheet)?.get(cell.row, cell.col)?.formula === undefined;
  const sum = row.absolute.reduce((acc, c) => acc + (numericValue(c?.value) ?? 0), 0);
  return { cell, total, sum, typed };
}

/** True when the product's goal for the year is the sum of its subproducts' (same unit). */
function subproductsConfirm(matrix: GoalsMatrix, productIndex: number, index: number, value: number): boolean {
  const product = matrix.items[productIndex];
  const children = matrix.items.filter((item) => item.parent === productIndex);
  if (children.length === 0 || !product.unit) return false;
  const unit = unitKey(product.unit.value);
  let sum = 0;
  for (const child of children) {
    const goal = numericValue(child.physical[index]?.value);
    if (goal === undefined || !child.unit || unitKey(child.unit.value) !== unit) return false;
    sum += goal;
  }
  return sameQuantity(sum, value);
}

export default createRule({
  meta: {
    id: 'crossref/item-goals',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description:
      'Señala metas físicas anuales de un producto que difieren entre la matriz de metas y la de indicadores.',
    descriptionEn: 'Flags yearly physical goals of a product that differ between the goals and indicator matrices.',
    title: 'Meta física distinta entre matrices',
    titleEn: 'Physical goal differs between matrices',
    messages: {
      goalsWrong:
        'La meta física {{year}} de «{{item}}» es {{actual}} aquí, pero {{expected}} en {{otherSheet}}!{{otherCell}}, cuyo total multianual la confirma.',
      indicatorWrongByTotal:
        'Los datos absolutos {{year}} de «{{item}}» son {{actual}} aquí, pero la meta física es {{expected}} en {{otherSheet}}!{{otherCell}}, y solo con esa cifra cuadra el total multianual.',
      indicatorWrongBySubproducts:
        'Los datos absolutos {{year}} de «{{item}}» son {{actual}} aquí, pero la meta física es {{expected}} en {{otherSheet}}!{{otherCell}}, que es la suma de sus subproductos.',
      differs:
        'La meta física {{year}} de «{{item}}» es {{actual}} aquí y {{expected}} en {{otherSheet}}!{{otherCell}}; revise cuál es la correcta.',
    },
    messagesEn: {
      goalsWrong:
        'The {{year}} physical goal of "{{item}}" is {{actual}} here, but {{expected}} in {{otherSheet}}!{{otherCell}}, whose multiannual total confirms it.',
      indicatorWrongByTotal:
        'The {{year}} absolute figure of "{{item}}" is {{actual}} here, but the physical goal is {{expected}} in {{otherSheet}}!{{otherCell}}, and only that figure makes the multiannual total add up.',
      indicatorWrongBySubproducts:
        'The {{year}} absolute figure of "{{item}}" is {{actual}} here, but the physical goal is {{expected}} in {{otherSheet}}!{{otherCell}}, which is the sum of its subproducts.',
      differs:
        'The {{year}} physical goal of "{{item}}" is {{actual}} here and {{expected}} in {{otherSheet}}!{{otherCell}}; check which one is right.',
    },
  },
  create(context) {
    for (const item of getItemIndex(context.workbook).items) {
      for (const goalsAppearance of appearancesIn(item, 'goals')) {
        const goalsRow = rowIn(goalsAppearance, 'goals');
        if (!goalsRow || goalsAppearance.matrix.type !== 'goals') continue;
        const goals = goalsAppearance.matrix;
        for (const indicatorAppearance of appearancesIn(item, 'indicator-matrix')) {
          const indicatorRow = rowIn(indicatorAppearance, 'indicator-matrix');
          if (!indicatorRow || indicatorAppearance.matrix.type !== 'indicator-matrix') continue;
          const indicator = indicatorAppearance.matrix;
          const mismatches = pairYears(goals, goalsRow, indicator, indicatorRow).filter(
            (p) => !sameQuantity(p.goalsValue, p.indicatorValue),
          );
          if (mismatches.length === 0) continue;

          const total = indicatorTotal(context.workbook, indicator, indicatorRow);
          const indicatorConfirmed = total !== undefined && total.typed && sameQuantity(total.sum, total.total);
          const totalRefs = total ? [ref(indicator.sheet, total.cell)] : [];

          for (const p of mismatches) {
            const goalsRef = ref(goals.sheet, p.goals);
            const indicatorRef = ref(indicator.sheet, p.indicator);
            const goalsConfirmed = subproductsConfirm(goals, goalsAppearance.index, p.index, p.goalsValue);
            const fixesTotal =
              total !== undefined &&
              total.typed &&
              sameQuantity(total.sum - p.indicatorValue + p.goalsValue, total.total);
            const onGoals = {
              ...goalsRef,
              expected: p.indicatorValue,
              actual: p.goalsValue,
              valueType: 'quantity' as const,
              data: {
                year: p.year,
                item: item.name,
                actual: formatNumber(p.goalsValue),
                expected: formatNumber(p.indicatorValue),
                otherSheet: indicatorRef.sheet,
                otherCell: indicatorRef.range,
              },
            };
            const onIndicator = {
              ...indicatorRef,
              expected: p.goalsValue,
              actual: p.indicatorValue,
              valueType: 'quantity' as const,
              data: {
                year: p.year,
                item: item.name,
                actual: formatNumber(p.indicatorValue),
                expected: formatNumber(p.goalsValue),
                otherSheet: goalsRef.sheet,
                otherCell: goalsRef.range,
              },
            };
            if (indicatorConfirmed && !goalsConfirmed) {
              context.report({ messageId: 'goalsWrong', ...onGoals, related: [indicatorRef, ...totalRefs] });
            } else if (goalsConfirmed && !indicatorConfirmed) {
              context.report({ messageId: 'indicatorWrongBySubproducts', ...onIndicator, related: [goalsRef] });
            } else if (!indicatorConfirmed && fixesTotal) {
              context.report({ messageId: 'indicatorWrongByTotal', ...onIndicator, related: [goalsRef, ...totalRefs] });
            } else {
              context.report({ messageId: 'differs', ...onGoals, related: [indicatorRef] });
            }
          }
        }
      }
    }
  },
});
