/**
 * §8 Proyección del presupuesto por programa: each year's Total equals the sum of the
 * programmes of that year (also when the budget is split in two tables, each with its Total).
 */
import { createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import {
  addAmounts,
  amountOf,
  cellRef,
  judgeTotal,
  sameAmount,
  showAmount,
  sumFormula,
  withAmounts,
} from './support/sums';

export default createRule({
  meta: {
    id: 'totals/budget-year-total',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Comprueba que el total de cada año del presupuesto por programa sea la suma de los programas.',
    descriptionEn: 'Checks that each year total of the budget by programme equals the sum of the programmes.',
    fixable: true,
    title: 'Total anual del presupuesto',
    titleEn: 'Yearly budget total',
    messages: {
      mismatch: 'El total {{year}} ({{actual}}) no coincide con la suma de los programas ({{expected}}).',
    },
    messagesEn: {
      mismatch: 'The {{year}} total ({{actual}}) does not match the sum of the programmes ({{expected}}).',
    },
  },
  create(context) {
    for (const budget of matricesOf(context.workbook, 'budget')) {
      if (!budget.total) continue;
      budget.years.forEach((year, i) => {
        const total = budget.total?.amounts[i];
        const parts = withAmounts(budget.programmes.map((p) => p.amounts[i]));
        if (!total || parts.length === 0) return;
        const expected = addAmounts(
          'money',
          parts.map((p) => p.amount),
        );
        const verdict = judgeTotal(
          context.workbook,
          budget.sheet,
          total,
          expected,
          'money',
          budget.programmes.map((p) => p.amounts[i]),
        );
        if (verdict.status !== 'wrong') return;
        const range = cellRef(budget.sheet, total).range;
        const formula = sumFormula(parts.map((p) => p.cell));
        // A goals matrix whose total says what the programmes add up to confirms the expected value.
        const goalsTotals = matricesOf(context.workbook, 'goals').flatMap((goals) => {
          const j = goals.years.findIndex((y) => y.year === year.year);
          const cell = j >= 0 ? goals.total?.financial[j] : undefined;
          const amount = amountOf(cell);
          return cell && amount !== undefined && sameAmount('money', amount, expected)
            ? [cellRef(goals.sheet, cell)]
            : [];
        });
        context.report({
          messageId: 'mismatch',
          sheet: budget.sheet,
          range,
          data: {
            year: year.year,
            actual: showAmount('money', verdict.actual),
            expected: showAmount('money', expected),
          },
          expected,
          actual: verdict.actual,
          valueType: 'money',
          related: [...parts.map((p) => cellRef(budget.sheet, p.cell)), ...goalsTotals],
          ...(formula ? { fix: { range, formula } } : {}),
        });
      });
    }
  },
});
