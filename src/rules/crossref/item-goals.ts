/**
 * The same product's yearly physical goal differs between the goals matrix (§9.5) and the
 * multiannual indicator matrix (§9.1), whose "Datos absolutos" are those goals.
 *
 * Which side is wrong: the indicator matrix carries its own multiannual total. When its years
 * add up to that total, they are confirmed and the goals cell is reported. When the total
 * adds up only with the goals matrix's figure in place of its own, the indicator cell is the
 * wrong one. Otherwise the rule cannot tell and reports the goals cell with both cells named.
 */
import { cellAddress, formatNumber, sameQuantity, createRule, type CellRef } from '../../core';
import { appearancesIn, getItemIndex, numericValue, rowIn } from '../../domain/items';
import type { GoalsMatrix, IndicatorMatrix, NumberCell } from '../../domain/matrix';

type GoalsRow = GoalsMatrix['items'][number];
type IndicatorRow = IndicatorMatrix['rows'][number];

function ref(sheet: string, cell: { row: number; col: number }): CellRef {
  return { sheet, range: cellAddress(cell.row, cell.col) };
}

interface YearPair {
  year: number;
  goals: NumberCell;
  goalsValue: number;
  indicator: NumberCell;
  indicatorValue: number;
}

/** The years both rows give a number for. */
function pairYears(goals: GoalsMatrix, goalsRow: GoalsRow, indicator: IndicatorMatrix, indicatorRow: IndicatorRow) {
  const pairs: YearPair[] = [];
  goals.years.forEach((year, i) => {
    const j = indicator.years.findIndex((y) => y.year === year.year);
    if (j < 0) return;
    const g = goalsRow.physical[i];
    const a = indicatorRow.absolute[j];
    const goalsValue = numericValue(g?.value);
    const indicatorValue = numericValue(a?.value);
    if (!g || !a || goalsValue === undefined || indicatorValue === undefined) return;
    pairs.push({ year: year.year, goals: g, goalsValue, indicator: a, indicatorValue });
  });
  return pairs;
}

/** The indicator row's yearly figures, for checking them against its multiannual total. */
function indicatorYears(row: IndicatorRow): number[] | undefined {
  const values = row.absolute.map((cell) => numericValue(cell?.value) ?? 0);
  return values.length ? values : undefined;
}

export default createRule({
  meta: {
    id: 'crossref/item-goals',
    kind: 'cross-sheet-mismatch',
    severity: 'error',
    description:
      'Señala metas físicas anuales de un producto que difieren entre la matriz de metas y la de indicadores.',
    descriptionEn: 'Flags yearly physical goals of a product that differ between the goals and indicator matrices.',
    messages: {
      goalsWrong:
        'La meta física {{year}} de «{{item}}» es {{actual}} aquí, pero {{expected}} en {{otherSheet}}!{{otherCell}}, cuyo total multianual la confirma.',
      indicatorWrong:
        'Los datos absolutos {{year}} de «{{item}}» son {{actual}} aquí, pero la meta física es {{expected}} en {{otherSheet}}!{{otherCell}}, y solo con esa cifra cuadra el total multianual.',
      differs:
        'La meta física {{year}} de «{{item}}» es {{actual}} aquí y {{expected}} en {{otherSheet}}!{{otherCell}}; revise cuál es la correcta.',
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
          const pairs = pairYears(goals, goalsRow, indicator, indicatorRow);
          const mismatches = pairs.filter((p) => !sameQuantity(p.goalsValue, p.indicatorValue));
          if (mismatches.length === 0) continue;

          const total = numericValue(indicatorRow.total?.absolute?.value);
          const years = indicatorYears(indicatorRow);
          const sum = years?.reduce((a, b) => a + b, 0);
          const indicatorConfirmed = total !== undefined && sum !== undefined && sameQuantity(sum, total);
          const totalCell = indicatorRow.total?.absolute;

          for (const p of mismatches) {
            const goalsRef = ref(goals.sheet, p.goals);
            const indicatorRef = ref(indicator.sheet, p.indicator);
            const related = totalCell ? [indicatorRef, ref(indicator.sheet, totalCell)] : [indicatorRef];
            const data = { year: p.year, item: item.name };
            const fixedSum = sum === undefined ? undefined : sum - p.indicatorValue + p.goalsValue;
            if (indicatorConfirmed) {
              context.report({
                messageId: 'goalsWrong',
                ...goalsRef,
                expected: p.indicatorValue,
                actual: p.goalsValue,
                related,
                data: {
                  ...data,
                  actual: formatNumber(p.goalsValue),
                  expected: formatNumber(p.indicatorValue),
                  otherSheet: indicatorRef.sheet,
                  otherCell: indicatorRef.range,
                },
              });
            } else if (total !== undefined && fixedSum !== undefined && sameQuantity(fixedSum, total)) {
              context.report({
                messageId: 'indicatorWrong',
                ...indicatorRef,
                expected: p.goalsValue,
                actual: p.indicatorValue,
                related: totalCell ? [goalsRef, ref(indicator.sheet, totalCell)] : [goalsRef],
                data: {
                  ...data,
                  actual: formatNumber(p.indicatorValue),
                  expected: formatNumber(p.goalsValue),
                  otherSheet: goalsRef.sheet,
                  otherCell: goalsRef.range,
                },
              });
            } else {
              context.report({
                messageId: 'differs',
                ...goalsRef,
                expected: p.indicatorValue,
                actual: p.goalsValue,
                related: [indicatorRef],
                data: {
                  ...data,
                  actual: formatNumber(p.goalsValue),
                  expected: formatNumber(p.indicatorValue),
                  otherSheet: indicatorRef.sheet,
                  otherCell: indicatorRef.range,
                },
              });
            }
          }
        }
      }
    }
  },
});
