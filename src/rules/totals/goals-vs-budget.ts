/**
 * The Total of the goals matrix (§9.5) equals the budget's Total (§8) year by year. A goals total
 * that does not even equal its own products is `totals/goals-year-total`'s finding, and a budget
 * total that does not equal its programmes is `totals/budget-year-total`'s: this rule speaks only
 * when both totals are right on their own and still disagree, so each cell is reported once.
 */
import { createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { budgetFor, trustedBudgetTotal, yearMap } from './support/budget';
import { totalParts } from './support/goals';
import { addAmounts, amountOf, cellRef, judgeTotal, sameAmount, showAmount } from './support/sums';

export default createRule({
  meta: {
    id: 'totals/goals-vs-budget',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Comprueba que el total de la matriz de metas sea igual al total del presupuesto por programa.',
    descriptionEn: 'Checks that the goals matrix total equals the budget-by-programme total for each year.',
    title: 'Metas financieras frente al presupuesto',
    titleEn: 'Financial goals against the budget',
    messages: {
      mismatch:
        'El total {{year}} de las metas financieras ({{actual}}) no coincide con el total del presupuesto por programa ({{expected}}).',
    },
    messagesEn: {
      mismatch:
        'The {{year}} total of the financial goals ({{actual}}) does not match the total of the budget by programme ({{expected}}).',
    },
  },
  create(context) {
    for (const goals of matricesOf(context.workbook, 'goals')) {
      const budget = budgetFor(context.workbook, goals);
      if (!budget || !goals.total) continue;
      const toBudget = yearMap(goals, budget);
      goals.years.forEach((year, g) => {
        const totalCell = goals.total?.financial[g];
        const actual = amountOf(totalCell);
        if (!totalCell || actual === undefined || toBudget[g] < 0) return;
        const parts = totalParts(goals, g, 'financial');
        if (parts.length > 0) {
          const own = addAmounts(
            'money',
            parts.map((p) => p.amount),
          );
          if (
            judgeTotal(
              context.workbook,
              goals.sheet,
              totalCell,
              own,
              'money',
              goals.items.map((item) => item.financial[g]),
            ).status !== 'ok'
          )
            return;
        }
        const budgetTotal = trustedBudgetTotal(context.workbook, budget, toBudget[g]);
        if (!budgetTotal || sameAmount('money', actual, budgetTotal.amount)) return;
        context.report({
          messageId: 'mismatch',
          sheet: goals.sheet,
          range: cellRef(goals.sheet, totalCell).range,
          data: {
            year: year.year,
            actual: showAmount('money', actual),
            expected: showAmount('money', budgetTotal.amount),
          },
          expected: budgetTotal.amount,
          actual,
          valueType: 'money',
          // The budget's total, then each programme's amount: a mistyped programme amount is the
          // one mistake, and the engine folds this finding into that programme's finding.
          related: [
            ...(budgetTotal.cell ? [cellRef(budget.sheet, budgetTotal.cell)] : []),
            ...budget.programmes.flatMap((p) =>
              p.amounts[toBudget[g]] ? [cellRef(budget.sheet, p.amounts[toBudget[g]])] : [],
            ),
          ],
        });
      });
    }
  },
});
