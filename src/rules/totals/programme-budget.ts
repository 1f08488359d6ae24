/**
 * The financial goals of the products of a programme add up, year by year, to that programme's
 * budget (§9.5 against §8), each product linked to its programme through the programmatic
 * matrix (§9.3). Checked only when every product of the goals matrix has a programme: with one
 * product unlinked, any programme could be short (the cross-matrix rules report the missing link),
 * and only when recognition could tell products from subproducts.
 */
import { cellAddress, createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { budgetFor, budgetProgrammeCode, programmeOfProducts, yearMap } from './support/budget';
import { levelsUnknown, subproductsByProduct } from './support/goals';
import {
  addAmounts,
  amountOf,
  cellRef,
  isErrorCell,
  isUnknownCell,
  sameAmount,
  showAmount,
  withAmounts,
} from './support/sums';

export default createRule({
  meta: {
    id: 'totals/programme-budget',
    kind: 'total-mismatch',
    severity: 'error',
    description:
      'Comprueba que las metas financieras de los productos de cada programa sumen el presupuesto del programa.',
    descriptionEn: "Checks that the financial goals of a programme's products add up to the programme's budget.",
    title: 'Presupuesto del programa frente a sus productos',
    titleEn: 'Programme budget against its products',
    messages: {
      mismatch:
        'Las metas financieras {{year}} de los productos del programa {{programme}} suman {{expected}}, pero el presupuesto del programa es {{actual}}.',
    },
    messagesEn: {
      mismatch:
        'The {{year}} financial goals of the products of programme {{programme}} add up to {{expected}}, but the programme budget is {{actual}}.',
    },
  },
  create(context) {
    for (const goals of matricesOf(context.workbook, 'goals')) {
      const budget = budgetFor(context.workbook, goals);
      if (!budget) continue;
      const products = goals.items.map((row, i) => ({ row, i })).filter(({ row }) => row.level === 'product');
      const programmeOf = programmeOfProducts(context.workbook, goals);
      // Unmarked levels would count subproducts as products of the programme.
      if (levelsUnknown(goals) || products.length === 0 || products.some(({ i }) => !programmeOf.has(i))) continue;
      const children = subproductsByProduct(goals);
      const toBudget = yearMap(goals, budget);
      const goalsSheet = context.workbook.sheet(goals.sheet);
      for (const programme of budget.programmes) {
        const code = budgetProgrammeCode(programme);
        if (code === undefined) continue;
        const members = products.filter(({ i }) => programmeOf.get(i) === code);
        if (members.length === 0) continue;
        goals.years.forEach((year, g) => {
          const b = toBudget[g];
          const budgetCell = b >= 0 ? programme.amounts[b] : undefined;
          const budgetAmount = amountOf(budgetCell);
          if (!budgetCell || budgetAmount === undefined) return;
          const parts = members.flatMap(({ row, i }) => {
            const own = withAmounts([row.financial[g]]);
            return own.length > 0 ? own : withAmounts((children.get(i) ?? []).map((c) => c.financial[g]));
          });
          const read = members.flatMap(({ row, i }) => [
            row.financial[g],
            ...(children.get(i) ?? []).map((c) => c.financial[g]),
          ]);
          if (parts.length === 0 || read.some((cell) => isUnknownCell(goalsSheet, cell)) || isErrorCell(budgetCell))
            return;
          const expected = addAmounts(
            'money',
            parts.map((p) => p.amount),
          );
          if (sameAmount('money', expected, budgetAmount)) return;
          context.report({
            messageId: 'mismatch',
            sheet: budget.sheet,
            range: cellAddress(budgetCell.row, budgetCell.col),
            data: {
              year: year.year,
              programme: code,
              expected: showAmount('money', expected),
              actual: showAmount('money', budgetAmount),
            },
            expected,
            actual: budgetAmount,
            valueType: 'money',
            related: parts.map((p) => cellRef(goals.sheet, p.cell)),
          });
        });
      }
    }
  },
});
