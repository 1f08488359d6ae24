/**
 * A total whose shown value no longer matches the cells it adds up. Excel recalculates on open,
 * but the saved value is what reviewers, printouts, PDF exports and other tools see: a workbook
 * saved in manual calculation mode, or edited by a program that writes values without
 * recalculating, carries totals that disagree with their own formula.
 */
import {
  boxContains,
  cellAddress,
  createRule,
  formatNumber,
  formatQuetzales,
  sameMoney,
  sameQuantity,
} from '../../core';
import { aggregateOf, isMoneyFormat, sumOfAggregate, type VisitBudget } from '../formulas/support/sheet-facts';

/** Cells visited per cell of the workbook (plus a floor), so cumulative sums cannot stall a run. */
const VISITS_PER_CELL = 8;
const MIN_VISITS = 2_000_000;

export default createRule({
  meta: {
    id: 'totals/stale-total',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Señala un total cuyo valor guardado no coincide con la suma de las celdas que abarca.',
    descriptionEn: 'Flags a total whose saved value does not equal the sum of the cells it covers.',
    title: 'Total sin recalcular',
    titleEn: 'Total not recalculated',
    messages: {
      stale:
        'El total ={{formula}} muestra {{actual}}, pero las celdas que abarca suman {{expected}} (diferencia {{difference}}); recalcule el libro antes de entregarlo.',
    },
    messagesEn: {
      stale:
        'The total ={{formula}} shows {{actual}}, but the cells it covers add up to {{expected}} (difference {{difference}}); recalculate the workbook before handing it in.',
    },
  },
  create(context) {
    const { workbook } = context;
    const budget: VisitBudget = { left: Math.max(MIN_VISITS, VISITS_PER_CELL * workbook.cellCount) };
    for (const sheet of workbook.sheets) {
      for (const cell of sheet.formulaCells) {
        if (typeof cell.value !== 'number') continue;
        const info = sheet.formula(cell);
        const aggregate = info && aggregateOf(info);
        if (!aggregate) continue;
        // A total inside its own range is circular: its saved value is whatever Excel gave up at.
        if (aggregate.args.some((ref) => ref.sheet === undefined && boxContains(ref.box, cell.row, cell.col))) continue;
        const total = sumOfAggregate(workbook, sheet, aggregate, budget);
        if (!total) continue;
        const money = total.money || isMoneyFormat(cell.numFmt);
        if (money ? sameMoney(cell.value, total.sum) : sameQuantity(cell.value, total.sum)) continue;
        const show = money ? formatQuetzales : formatNumber;
        const expected = money ? Math.round(total.sum * 100) / 100 : total.sum;
        context.report({
          messageId: 'stale',
          sheet: sheet.name,
          range: cellAddress(cell.row, cell.col),
          data: {
            formula: cell.formula,
            actual: show(cell.value),
            expected: show(expected),
            difference: show(cell.value - expected),
          },
          expected,
          actual: cell.value,
          valueType: money ? 'money' : 'quantity',
        });
      }
    }
  },
});
