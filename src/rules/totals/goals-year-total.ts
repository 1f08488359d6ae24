/**
 * §9.5 Productos, subproductos y metas multianuales: the Total row equals, year by year, the sum
 * of the products. Financial goals always add up; physical goals only when every product shares
 * one unit of measure (otherwise no physical total is expected and none is checked).
 */
import { createRule, type WorkbookView } from '../../core';
import type { GoalsMatrix, NumberCell } from '../../domain/matrix';
import { matricesOf } from '../../domain/recognize';
import { budgetFor, trustedBudgetTotal, yearMap } from './support/budget';
import { productsShareOneUnit, totalParts, type GoalKind } from './support/goals';
import {
  addAmounts,
  cellRef,
  judgeTotal,
  sameAmount,
  showAmount,
  sumFormula,
  type CellAmount,
  type Measure,
} from './support/sums';

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
      subtotal:
        'El subtotal {{year}} ({{actual}}) no coincide con la suma de los productos de su grupo ({{expected}}), y por eso tampoco el total {{total}}.',
    },
    messagesEn: {
      financial: 'The {{year}} total ({{actual}}) does not match the sum of the products ({{expected}}).',
      physical: 'The {{year}} total physical goal ({{actual}}) does not match the sum of the products ({{expected}}).',
      subtotal:
        'The {{year}} subtotal ({{actual}}) does not match the sum of the products of its group ({{expected}}), and so neither does the total {{total}}.',
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
          // A Total that adds up subtotal rows is off because one subtotal is: that row is the mistake.
          const subtotal = faultySubtotal(
            context.workbook,
            goals,
            totalCell,
            parts,
            verdict.actual - expected,
            measure,
          );
          if (subtotal) {
            const at = cellRef(goals.sheet, subtotal.cell);
            const mended = sumFormula(subtotal.parts.map((p) => p.cell));
            context.report({
              messageId: 'subtotal',
              sheet: goals.sheet,
              range: at.range,
              data: {
                year: year.year,
                actual: showAmount(measure, subtotal.actual),
                expected: showAmount(measure, subtotal.expected),
                total: range,
              },
              expected: subtotal.expected,
              actual: subtotal.actual,
              valueType: measure,
              related: [{ sheet: goals.sheet, range }, ...subtotal.parts.map((p) => cellRef(goals.sheet, p.cell))],
              ...(mended ? { fix: { range: at.range, formula: mended } } : {}),
            });
            continue;
          }
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

interface SubtotalFault {
  cell: NumberCell;
  actual: number;
  expected: number;
  parts: CellAmount[];
}

/**
 * The one subtotal row that explains a wrong Total: the Total's formula adds up single cells of
 * its column (the subtotal rows), each subtotal should be the products between it and the
 * previous one, and exactly one is off, by exactly what the Total is off. Anything less clear
 * leaves the finding on the Total.
 */
function faultySubtotal(
  workbook: WorkbookView,
  goals: GoalsMatrix,
  totalCell: NumberCell,
  parts: readonly CellAmount[],
  gap: number,
  measure: Measure,
): SubtotalFault | undefined {
  const sheet = workbook.sheet(goals.sheet);
  const formulaCell = sheet?.get(totalCell.row, totalCell.col);
  const info = sheet && formulaCell && sheet.formula(formulaCell);
  if (!sheet || !info || info.references.length < 2) return undefined;
  const rows: number[] = [];
  for (const ref of info.references) {
    const { box } = ref;
    if (ref.sheet !== undefined || ref.isRange || box.left !== totalCell.col || box.top >= totalCell.row)
      return undefined;
    rows.push(box.top);
  }
  rows.sort((a, b) => a - b);
  // Subtotal rows are not items; every part falls in one subtotal's group.
  if (parts.some((p) => rows.includes(p.cell.row))) return undefined;
  let found: SubtotalFault | undefined;
  let from = -1;
  for (const row of rows) {
    const group = parts.filter((p) => p.cell.row > from && p.cell.row < row);
    from = row;
    const value = sheet.get(row, totalCell.col)?.value;
    if (group.length === 0 || typeof value !== 'number') return undefined;
    const expected = addAmounts(
      measure,
      group.map((p) => p.amount),
    );
    if (sameAmount(measure, value, expected)) continue;
    if (found || !sameAmount(measure, value - expected, gap)) return undefined;
    found = { cell: { value, row, col: totalCell.col }, actual: value, expected, parts: group };
  }
  return parts.every((p) => p.cell.row < from) ? found : undefined;
}
