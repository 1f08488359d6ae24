/**
 * §9.5 Productos, subproductos y metas multianuales: the Total row equals, year by year, the sum
 * of the products. Financial goals always add up; physical goals only when every product shares
 * one unit of measure (otherwise no physical total is expected and none is checked).
 */
import { createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { budgetFor, trustedBudgetTotal, yearMap } from './support/budget';
import { productsShareOneUnit, totalParts, type GoalKind } from './support/goals';
import { addAmounts, cellRef, judgeTotal, sameAmount, showAmount, sumFormula, type Measure } from './support/sums';

export default createRule({
  meta: {
    id: 'totals/goals-year-total',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Comprueba que la fila Total de la matriz de metas sea la suma de los productos de cada año.',
    descriptionEn: 'Checks that the Total row of the goals matrix equals the sum of the products per year.',
    fixable: true,
    title: 'Total anual de la matriz de metas',
    titleEn: 'Yearly total of the goals matrix',
    messages: {
      financial: 'El total {{year}} ({{actual}}) no coincide con la suma de los productos ({{expected}}).',
      physical: 'La meta física total {{year}} ({{actual}}) no coincide con la suma de los productos ({{expected}}).',
    },
    messagesEn: {
      financial: 'The {{year}} total ({{actual}}) does not match the sum of the products ({{expected}}).',
      physical: 'The {{year}} total physical goal ({{actual}}) does not match the sum of the products ({{expected}}).',
    },
  },
  create(context) {
    for (const goals of matricesOf(context.workbook, 'goals')) {
      const total = goals.total;
      if (!total) continue;
      const kinds: GoalKind[] = productsShareOneUnit(goals) ? ['financial', 'physical'] : ['financial'];
      const budget = budgetFor(context.workbook, goals);
      const toBudget = budget ? yearMap(goals, budget) : [];
      goals.years.forEach((year, i) => {
        for (const kind of kinds) {
          const totalCell = total[kind][i];
          const parts = totalParts(goals, i, kind);
          if (!totalCell || parts.length === 0) continue;
          const measure: Measure = kind === 'financial' ? 'money' : 'quantity';
          const expected = addAmounts(
            measure,
            parts.map((p) => p.amount),
          );
          const verdict = judgeTotal(
            context.workbook,
            goals.sheet,
            totalCell,
            expected,
            measure,
            goals.items.map((item) => item[kind][i]),
          );
          if (verdict.status !== 'wrong') continue;
          // When the budget by programme says the same as the products, it is named too.
          const budgetTotal =
            budget && kind === 'financial' && toBudget[i] >= 0
              ? trustedBudgetTotal(context.workbook, budget, toBudget[i])
              : undefined;
          const confirming =
            budget && budgetTotal?.cell && sameAmount('money', budgetTotal.amount, expected)
              ? [cellRef(budget.sheet, budgetTotal.cell)]
              : [];
          const range = cellRef(goals.sheet, totalCell).range;
          const formula = sumFormula(parts.map((p) => p.cell));
          context.report({
            messageId: kind,
            sheet: goals.sheet,
            range,
            data: {
              year: year.year,
              actual: showAmount(measure, verdict.actual),
              expected: showAmount(measure, expected),
            },
            expected,
            actual: verdict.actual,
            valueType: measure,
            related: [...parts.map((p) => cellRef(goals.sheet, p.cell)), ...confirming],
            ...(formula ? { fix: { range, formula } } : {}),
          });
        }
      });
    }
  },
});
