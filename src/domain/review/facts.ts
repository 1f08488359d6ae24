/**
 * The figures a review's summary shows for one workbook: the budget total of each year (from the
 * budget by programme, §8) and the totals of the physical and financial goals (§9.5), read from
 * the recognised matrices. A figure the workbook does not carry is absent, never 0.
 */
import type { WorkbookView } from '../../core';
import { numericValue } from '../items';
import type { NumberCell } from '../matrix';
import { matricesOf } from '../recognize';

export interface PlanFigures {
  /** Budget total by year ("2026" → Q), from the Total row or, without one, the programmes' sum. */
  budgetByYear: Record<string, number>;
  /** Sum of the products' physical goals over every year (units mixed: an order of magnitude). */
  physicalTotal?: number;
  /** Sum of the products' financial goals over every year, in quetzales. */
  financialTotal?: number;
}

function amount(cell: NumberCell | undefined): number | undefined {
  return cell ? numericValue(cell.value) : undefined;
}

/** Adds money in centavos, so the sum carries no float noise. */
function addMoney(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}

export function planFigures(view: WorkbookView): PlanFigures {
  const figures: PlanFigures = { budgetByYear: {} };
  for (const budget of matricesOf(view, 'budget')) {
    budget.years.forEach((year, i) => {
      const key = String(year.year);
      if (key in figures.budgetByYear) return;
      const total = amount(budget.total?.amounts[i]);
      const parts = budget.programmes.map((p) => amount(p.amounts[i])).filter((v): v is number => v !== undefined);
      if (total !== undefined) figures.budgetByYear[key] = total;
      else if (parts.length > 0) figures.budgetByYear[key] = addMoney(parts);
    });
  }
  const goals = matricesOf(view, 'goals')[0];
  if (goals) {
    const products = goals.items.filter((item) => item.level === 'product');
    const physical = products.flatMap((p) => p.physical.map(amount)).filter((v): v is number => v !== undefined);
    const financial = products.flatMap((p) => p.financial.map(amount)).filter((v): v is number => v !== undefined);
    if (physical.length > 0) figures.physicalTotal = physical.reduce((sum, v) => sum + v, 0);
    if (financial.length > 0) figures.financialTotal = addMoney(financial);
  }
  return figures;
}
