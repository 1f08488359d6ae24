/**
 * Linking the goals matrix (§9.5) to the budget by programme (§8): which budget covers the
 * goals' years, and which programme each product belongs to (through the programmatic matrix,
 * §9.3, and the item index that recognises one product under its several spellings).
 */
import type { WorkbookView } from '../../../core';
import { analyzeRowCode, parseCombinedCode, parseSegment } from '../../../domain/codes';
import { appearancesIn, getItemIndex, rowIn } from '../../../domain/items';
import type { BudgetMatrix, GoalsMatrix } from '../../../domain/matrix';
import { matricesOf } from '../../../domain/recognize';
import { combinedCodeColumn } from './code-column';
import { amountOf, sameAmount, addAmounts, isUnknownCell, withAmounts } from './sums';

/** Index in `budget.years` of each year of the goals matrix (-1 when the budget lacks it). */
export function yearMap(goals: GoalsMatrix, budget: BudgetMatrix): number[] {
  return goals.years.map((y) => budget.years.findIndex((b) => b.year === y.year));
}

/** The budget that shares most years with the goals matrix, if any shares one. */
export function budgetFor(workbook: WorkbookView, goals: GoalsMatrix): BudgetMatrix | undefined {
  let best: BudgetMatrix | undefined;
  let bestShared = 0;
  for (const budget of matricesOf(workbook, 'budget')) {
    const shared = yearMap(goals, budget).filter((i) => i >= 0).length;
    if (shared > bestShared) {
      best = budget;
      bestShared = shared;
    }
  }
  return best;
}

/**
 * The budget's Total for year index `i`, when it can be trusted: present and equal to the sum
 * of the programmes (a wrong budget total is `totals/budget-year-total`'s finding, not a reason
 * to call the goals wrong). Without a Total row, the programmes' sum stands in for it.
 */
export function trustedBudgetTotal(
  workbook: WorkbookView,
  budget: BudgetMatrix,
  i: number,
): { amount: number; cell?: { row: number; col: number } } | undefined {
  const sheet = workbook.sheet(budget.sheet);
  // A programme amount never calculated (a formula without a saved result) leaves the sum unknown.
  if (budget.programmes.some((p) => isUnknownCell(sheet, p.amounts[i]))) return undefined;
  const parts = withAmounts(budget.programmes.map((p) => p.amounts[i]));
  if (parts.length === 0) return undefined;
  const sum = addAmounts(
    'money',
    parts.map((p) => p.amount),
  );
  const totalCell = budget.total?.amounts[i];
  const total = amountOf(totalCell);
  if (total === undefined) return budget.total ? undefined : { amount: sum };
  return sameAmount('money', total, sum) && totalCell ? { amount: total, cell: totalCell } : undefined;
}

/**
 * The programa code ("11") of each product row of the goals matrix, by the row's index in
 * `items`: from the matrix's own code column when it has one, else through the programmatic
 * matrix; a product without a link is absent. A row whose codes slid one column to the right
 * still says which programme it belongs to (`form/programmatic-code` reports the slide).
 */
export function programmeOfProducts(workbook: WorkbookView, goals: GoalsMatrix): Map<number, string> {
  const index = getItemIndex(workbook);
  const result = new Map<number, string>();
  const sheet = workbook.sheet(goals.sheet);
  const codeCol = combinedCodeColumn(sheet, goals);
  goals.items.forEach((row, i) => {
    if (row.level !== 'product') return;
    // The goals matrix's own code column ("11-00-000-001"): its programa segment, when well formed
    // (a bad actividad further on does not change the programme).
    const own = codeCol === undefined ? undefined : sheet?.get(row.row, codeCol)?.value;
    const first = typeof own === 'string' ? parseCombinedCode(own).segments[0] : undefined;
    const ownProgramme = first?.problem === undefined ? first?.code : undefined;
    if (ownProgramme !== undefined) {
      result.set(i, ownProgramme);
      return;
    }
    const item = index.itemOf(row);
    if (!item) return;
    for (const appearance of appearancesIn(item, 'programmatic')) {
      const linked = rowIn(appearance, 'programmatic');
      if (!linked) continue;
      const analysis = analyzeRowCode({
        programa: linked.programa?.value,
        subprograma: linked.subprograma?.value,
        proyecto: linked.proyecto?.value,
        actividad: linked.actividad?.value,
      });
      const programa = analysis.segments.programa.code ?? analysis.slid?.corrected.programa;
      if (programa !== undefined) {
        result.set(i, programa);
        return;
      }
    }
  });
  return result;
}

/** The budget programme's code as two digits ("1" and 1 read as "01"), when it is one. */
export function budgetProgrammeCode(programme: BudgetMatrix['programmes'][number]): string | undefined {
  return parseSegment(programme.code.value, 'programa').code;
}
