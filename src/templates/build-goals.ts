/**
 * §9.5 Productos, subproductos y metas multianuales. Goals are typed once, on subproduct rows
 * (or on the product row when it has no subproducts); product rows add their subproducts
 * (Quetzales always; quantities only over subproducts in the product's unit), the Total row
 * adds the products, the last two columns add the years, and two check rows under the matrix
 * compare the total with the budget ("Diferencia" must read Q0.00).
 */
import { cellAddress } from '../core';
import { normalize } from '../domain/text';
import { landscape, LIST_NAMES, rowSumFormula, span, sumFormula, sumOf, titleRows, yearSpan } from './common';
import type { Draft, DraftItem } from './draft';
import { budgetLayout, goalsLayout, SHEET_NAMES, type GoalsLayout } from './layout';
import type { PageHints } from './print';
import { SheetBuilder, sheetRef } from './sheet';
import type { SheetSpec } from './spec';

/**
 * The Total row's sum of the products: a SUMIF over the "Producto:" column, so that a product
 * inserted or deleted inside the matrix is counted (a list of cells would turn into #REF!).
 */
export function productsTotal(layout: GoalsLayout, col: number): string {
  const first = layout.headerBottom + 1;
  const last = layout.totalRow - 1;
  if (last < first) return '0';
  return `SUMIF($A$${first + 1}:$A$${last + 1},"Producto:",${cellAddress(first, col)}:${cellAddress(last, col)})`;
}

export function buildGoalsSheet(draft: Draft): { sheet: SheetSpec; area: string; pages: PageHints } {
  const layout = goalsLayout(draft);
  const budget = budgetLayout(draft);
  const n = draft.years.length;
  const s = new SheetBuilder(SHEET_NAMES.goals);
  titleRows(s, draft, `PRODUCTOS, SUBPRODUCTOS Y METAS ${span(draft)}`);
  const top = layout.headerTop;

  s.value(top, 0, 'PRODUCTO / SUBPRODUCTO', 'header').merge(top, 0, top + 1, 1, 'header');
  s.value(top, 2, 'UNIDAD DE MEDIDA', 'header').merge(top, 2, top + 1, 2, 'header');
  const yearHeader = (col: number, label: string | number) => {
    s.value(top, col, label, 'header').merge(top, col, top, col + 1, 'header');
    s.value(top + 1, col, 'Meta Física', 'subheader');
    s.value(top + 1, col + 1, 'Meta Financiera', 'subheader');
  };
  draft.years.forEach((year, i) => yearHeader(layout.physicalCol(i), year));
  if (layout.hasTotals) yearHeader(layout.totalPhysicalCol, `TOTAL ${yearSpan(draft)}`);
  s.value(top, layout.programmeCol, 'PRG', 'header').merge(
    top,
    layout.programmeCol,
    top + 1,
    layout.programmeCol,
    'header',
  );

  const yearCols = {
    physical: draft.years.map((_, i) => layout.physicalCol(i)),
    financial: draft.years.map((_, i) => layout.financialCol(i)),
  };
  /** Writes a row's multiannual totals (sum of its years). */
  const rowTotals = (row: number, item: DraftItem, product: boolean) => {
    if (!layout.hasTotals) return;
    s.formula(
      row,
      layout.totalPhysicalCol,
      rowSumFormula(row, yearCols.physical),
      sumOf(item.goals.map((g) => g.physical)),
      product ? 'productQuantity' : 'quantity',
    );
    s.formula(
      row,
      layout.totalFinancialCol,
      rowSumFormula(row, yearCols.financial),
      sumOf(item.goals.map((g) => g.financial)),
      product ? 'productMoney' : 'money',
    );
  };

  draft.products.forEach((product, p) => {
    const row = layout.productRows[p];
    const subRows = layout.subproductRows[p];
    s.value(row, 0, 'Producto:', 'productPrefix');
    s.value(row, 1, product.name, 'productName');
    s.value(row, 2, product.unit, 'productText');
    s.value(row, layout.programmeCol, product.codes.programa, 'code');
    const sameUnit = subRows.filter((_, j) => normalize(product.subproducts[j].unit) === normalize(product.unit));
    // A blank template cannot know the units yet: its products add every subproduct row.
    const physicalRows = product.unit === '' ? subRows : sameUnit;
    draft.years.forEach((_, i) => {
      const goal = product.goals[i];
      if (physicalRows.length > 0) {
        s.formula(
          row,
          layout.physicalCol(i),
          sumFormula(physicalRows, layout.physicalCol(i)),
          goal.physical ?? 0,
          'productQuantity',
        );
      } else {
        s.value(row, layout.physicalCol(i), goal.physical, 'productQuantityInput');
      }
      if (subRows.length > 0) {
        s.formula(
          row,
          layout.financialCol(i),
          sumFormula(subRows, layout.financialCol(i)),
          goal.financial ?? 0,
          'productMoney',
        );
      } else {
        s.value(row, layout.financialCol(i), goal.financial, 'productMoneyInput');
      }
    });
    rowTotals(row, product, true);
    product.subproducts.forEach((sub, j) => {
      const subRow = subRows[j];
      s.value(subRow, 0, null, 'blank');
      s.value(subRow, 1, sub.name, 'subproductName');
      s.value(subRow, 2, sub.unit, 'text');
      // Typeable too: rows inserted under it (a new product) take its format.
      s.value(subRow, layout.programmeCol, null, 'code');
      draft.years.forEach((_, i) => {
        s.value(subRow, layout.physicalCol(i), sub.goals[i].physical, 'quantityInput');
        s.value(subRow, layout.financialCol(i), sub.goals[i].financial, 'moneyInput');
      });
      rowTotals(subRow, sub, false);
    });
  });

  // Total row: Quetzales only (quantities in different units do not add up).
  const total = layout.totalRow;
  s.value(total, 0, 'Total', 'totalLabel').merge(total, 0, total, 2, 'totalLabel');
  const yearTotals = draft.years.map((_, i) => sumOf(draft.products.map((p) => p.goals[i].financial)));
  draft.years.forEach((_, i) => {
    s.value(total, layout.physicalCol(i), null, 'totalLabel');
    s.formula(
      total,
      layout.financialCol(i),
      productsTotal(layout, layout.financialCol(i)),
      yearTotals[i],
      'totalMoney',
    );
  });
  if (layout.hasTotals) {
    s.value(total, layout.totalPhysicalCol, null, 'totalLabel');
    s.formula(
      total,
      layout.totalFinancialCol,
      rowSumFormula(total, yearCols.financial),
      sumOf(yearTotals),
      'totalMoney',
    );
  }

  // Checks under the matrix (outside its defined name): the budget total and the difference.
  const budgetTotals = draft.years.map((_, i) => sumOf(draft.budget.map((b) => b.amounts[i])));
  s.value(layout.budgetRow, 0, `Presupuesto por programa (hoja ${SHEET_NAMES.budget})`, 'checkLabel');
  s.merge(layout.budgetRow, 0, layout.budgetRow, 2, 'checkLabel');
  s.value(layout.differenceRow, 0, 'Diferencia (metas − presupuesto)', 'checkLabel');
  s.merge(layout.differenceRow, 0, layout.differenceRow, 2, 'checkLabel');
  const checkCols = layout.hasTotals ? [...yearCols.financial, layout.totalFinancialCol] : yearCols.financial;
  checkCols.forEach((col, i) => {
    const budgetCol = i < n ? budget.yearCol(i) : budget.totalCol;
    const budgetValue = i < n ? budgetTotals[i] : sumOf(budgetTotals);
    const goalsValue = i < n ? yearTotals[i] : sumOf(yearTotals);
    s.formula(
      layout.budgetRow,
      col,
      sheetRef(SHEET_NAMES.budget, budget.totalRow, budgetCol),
      budgetValue,
      'checkMoney',
    );
    s.formula(
      layout.differenceRow,
      col,
      `${cellAddress(total, col)}-${cellAddress(layout.budgetRow, col)}`,
      goalsValue - budgetValue,
      'checkMoney',
    );
  });
  const diffRange = `${cellAddress(layout.differenceRow, checkCols[0])}:${cellAddress(layout.differenceRow, layout.lastCol)}`;
  s.highlight({
    range: diffRange,
    formula: `ABS(${cellAddress(layout.differenceRow, checkCols[0])})>=0.005`,
    style: 'mismatch',
  });

  // Widths, lists, panes, printing.
  s.column(0, 11, 'text').column(1, 48, 'text').column(2, 14, 'text');
  draft.years.forEach((_, i) =>
    s.column(layout.physicalCol(i), 13, 'number').column(layout.financialCol(i), 18, 'money'),
  );
  if (layout.hasTotals) s.column(layout.totalPhysicalCol, 14, 'number').column(layout.totalFinancialCol, 19, 'money');
  s.column(layout.programmeCol, 8, 'code');
  const firstBody = layout.headerBottom + 1;
  if (total > firstBody) {
    s.validate({
      type: 'list',
      range: `${cellAddress(firstBody, 2)}:${cellAddress(total - 1, 2)}`,
      source: LIST_NAMES.units,
      allowBlank: true,
      errorStyle: 'warning',
      error: { title: 'Unidad de medida', text: 'La unidad de medida no está en el catálogo.' },
    });
    s.validate({
      type: 'decimal',
      range: `${cellAddress(firstBody, 3)}:${cellAddress(total - 1, layout.financialCol(n - 1))}`,
      min: 0,
      allowBlank: true,
      error: { title: 'Meta', text: 'Las metas son números mayores o iguales que cero.' },
    });
  }
  const area = `${cellAddress(top, 0)}:${cellAddress(total, layout.lastCol)}`;
  const sheet = s.build({
    freeze: { rows: layout.headerBottom + 1, cols: 3 },
    print: landscape(top, layout.headerBottom),
    protect: true,
    tabColor: '2E75B6',
  });
  const groups = draft.years.map((_, i) => layout.physicalCol(i));
  if (layout.hasTotals) groups.push(layout.totalPhysicalCol);
  return { sheet, area, pages: { titleCols: 3, groups } };
}
