/**
 * §8 Proyección del presupuesto por programa: PRG | DESCRIPCIÓN | one column per year | the
 * multiannual total, and a Total row. Under it, outside the matrix, the check block compares
 * the budget with the financial goals of the products (sheet "Metas multianuales"): the goals
 * total, the difference, and the difference of each programme.
 */
import { cellAddress, columnName } from '../core';
import { landscape, rowSumFormula, sumFormula, sumOf, titleRows, yearSpan } from './common';
import type { Draft } from './draft';
import { budgetLayout, goalsLayout, SHEET_NAMES, type BudgetLayout, type GoalsLayout } from './layout';
import { SheetBuilder, sheetRange, sheetRef } from './sheet';
import type { SheetSpec } from './spec';

/**
 * A programme's budget less the financial goals of its products: a SUMIFS over the goals
 * matrix's product rows ("Producto:") whose PRG is the programme's code, through the Total row,
 * so a product deleted or inserted anywhere in the matrix (before the Total) is counted right
 * and nothing turns into #REF!. A programme without a code has no products.
 */
export function programmeDifference(
  layout: BudgetLayout,
  goals: GoalsLayout,
  programme: number,
  col: number,
  goalsCol: number,
): string {
  const first = goals.headerBottom + 1;
  const last = goals.totalRow;
  const column = (c: number, absolute: boolean) => {
    const name = columnName(c);
    const pin = absolute ? '$' : '';
    return sheetRange(SHEET_NAMES.goals, `${pin}${name}$${first + 1}:${pin}${name}$${last + 1}`);
  };
  const code = `$A${layout.programmeRows[programme] + 1}`;
  const budget = cellAddress(layout.programmeRows[programme], col);
  return `${budget}-IF(${code}="",0,SUMIFS(${column(goalsCol, false)},${column(0, true)},"Producto:",${column(goals.programmeCol, true)},${code}))`;
}

export function buildBudgetSheet(draft: Draft): { sheet: SheetSpec; area: string } {
  const layout = budgetLayout(draft);
  const goals = goalsLayout(draft);
  const n = draft.years.length;
  const s = new SheetBuilder(SHEET_NAMES.budget);
  titleRows(s, draft, 'PROYECCIÓN DEL PRESUPUESTO POR PROGRAMA');
  const head = layout.headerRow;
  s.value(head, 0, 'PRG', 'header');
  s.value(head, 1, 'DESCRIPCIÓN', 'header');
  draft.years.forEach((year, i) => s.value(head, layout.yearCol(i), year, 'header'));
  if (layout.hasTotals) s.value(head, layout.totalCol, `TOTAL ${yearSpan(draft)}`, 'header');

  const yearCols = draft.years.map((_, i) => layout.yearCol(i));
  draft.budget.forEach((programme, j) => {
    const row = layout.programmeRows[j];
    s.value(row, 0, programme.code, 'code');
    s.value(row, 1, programme.description, 'text');
    programme.amounts.forEach((amount, i) => s.value(row, layout.yearCol(i), amount, 'moneyInput'));
    if (layout.hasTotals)
      s.formula(row, layout.totalCol, rowSumFormula(row, yearCols), sumOf(programme.amounts), 'money');
  });
  const total = layout.totalRow;
  const yearTotals = draft.years.map((_, i) => sumOf(draft.budget.map((b) => b.amounts[i])));
  s.value(total, 0, null, 'totalLabel');
  s.value(total, 1, 'Total', 'totalLabel');
  const allCols = layout.hasTotals ? [...yearCols, layout.totalCol] : yearCols;
  allCols.forEach((col, i) => {
    const value = i < n ? yearTotals[i] : sumOf(yearTotals);
    s.formula(total, col, sumFormula(layout.programmeRows, col), value, 'totalMoney');
  });

  // Check block: the products' financial goals by year, overall and by programme.
  const goalsTotals = draft.years.map((_, i) => sumOf(draft.products.map((p) => p.goals[i].financial)));
  s.value(layout.goalsRow, 0, `Metas financieras de los productos (hoja ${SHEET_NAMES.goals})`, 'checkLabel');
  s.merge(layout.goalsRow, 0, layout.goalsRow, 1, 'checkLabel');
  s.value(layout.differenceRow, 0, 'Diferencia (presupuesto − metas)', 'checkLabel');
  s.merge(layout.differenceRow, 0, layout.differenceRow, 1, 'checkLabel');
  allCols.forEach((col, i) => {
    const goalsCol = i < n ? goals.financialCol(i) : goals.totalFinancialCol;
    const goalsValue = i < n ? goalsTotals[i] : sumOf(goalsTotals);
    const budgetValue = i < n ? yearTotals[i] : sumOf(yearTotals);
    s.formula(layout.goalsRow, col, sheetRef(SHEET_NAMES.goals, goals.totalRow, goalsCol), goalsValue, 'checkMoney');
    s.formula(
      layout.differenceRow,
      col,
      `${cellAddress(total, col)}-${cellAddress(layout.goalsRow, col)}`,
      budgetValue - goalsValue,
      'checkMoney',
    );
  });
  draft.budget.forEach((programme, j) => {
    const row = layout.programmeDifferenceRows[j];
    const code = programme.code === '' ? `(fila ${layout.programmeRows[j] + 1})` : programme.code;
    s.value(row, 0, `Diferencia del programa ${code} (presupuesto − metas de sus productos)`, 'checkLabel');
    s.merge(row, 0, row, 1, 'checkLabel');
    const products = draft.products.filter((p) => programme.code !== '' && p.codes.programa === programme.code);
    allCols.forEach((col, i) => {
      const goalsCol = i < n ? goals.financialCol(i) : goals.totalFinancialCol;
      const goalsValue = sumOf(
        products.map((p) => (i < n ? p.goals[i].financial : sumOf(p.goals.map((g) => g.financial)))),
      );
      const budgetValue = i < n ? (programme.amounts[i] ?? 0) : sumOf(programme.amounts);
      s.formula(row, col, programmeDifference(layout, goals, j, col, goalsCol), budgetValue - goalsValue, 'checkMoney');
    });
  });
  const lastCheckRow = Math.max(layout.differenceRow, ...layout.programmeDifferenceRows);
  const firstCheck = cellAddress(layout.differenceRow, yearCols[0]);
  s.highlight({
    range: `${firstCheck}:${cellAddress(lastCheckRow, layout.totalCol)}`,
    formula: `ABS(${firstCheck})>=0.005`,
    style: 'mismatch',
  });

  s.column(0, 8, 'code').column(1, 40, 'text');
  yearCols.forEach((col) => s.column(col, 19, 'money'));
  if (layout.hasTotals) s.column(layout.totalCol, 20, 'money');
  if (draft.budget.length > 0) {
    s.validate({
      type: 'decimal',
      range: `${cellAddress(layout.programmeRows[0], yearCols[0])}:${cellAddress(total - 1, yearCols[n - 1])}`,
      min: 0,
      allowBlank: true,
      error: { title: 'Monto', text: 'Los montos son números mayores o iguales que cero.' },
    });
  }
  const area = `${cellAddress(head, 0)}:${cellAddress(total, layout.totalCol)}`;
  const sheet = s.build({
    freeze: { rows: head + 1, cols: 2 },
    print: landscape(head, head),
    protect: true,
    tabColor: '548235',
  });
  return { sheet, area };
}
