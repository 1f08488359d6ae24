/**
 * A sum whose range holds both the detail rows and a subtotal of those same rows: every detail
 * is counted twice. It happens when a grand total written with SUBTOTAL(9, …) is retyped as SUM
 * (SUM does not skip the subtotals), or when a subtotal's range is stretched over the next group
 * and its subtotal. The saved value agrees with the formula, so no other check sees it.
 */
import { boxContains, cellAddress, createRule, formatNumber, formatQuetzales, type Cell } from '../../core';
import { aggregateOf, isMoneyFormat, sumOfAggregate, type VisitBudget } from '../formulas/support/sheet-facts';

/** Cells visited per cell of the workbook (plus a floor), so long lists cannot stall a run. */
const VISITS_PER_CELL = 8;
const MIN_VISITS = 2_000_000;

export default createRule({
  meta: {
    id: 'totals/double-count',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Señala una suma que abarca a la vez las filas de detalle y un subtotal de esas mismas filas.',
    descriptionEn: 'Flags a sum whose range holds both the detail rows and a subtotal of those same rows.',
    title: 'Suma que cuenta dos veces',
    titleEn: 'Sum that counts twice',
    messages: {
      doubleCount:
        'La fórmula ={{formula}} suma las filas de detalle y también los subtotales {{subtotals}}, que ya las suman: cuenta {{counted}} dos veces; sin duplicar daría {{expected}}.',
      doubleCountUnknown:
        'La fórmula ={{formula}} suma las filas de detalle y también los subtotales {{subtotals}}, que ya las suman: cuenta esas filas dos veces.',
    },
    messagesEn: {
      doubleCount:
        'The formula ={{formula}} adds the detail rows and also the subtotals {{subtotals}}, which already add them: it counts {{counted}} twice; without the double count it would be {{expected}}.',
      doubleCountUnknown:
        'The formula ={{formula}} adds the detail rows and also the subtotals {{subtotals}}, which already add them: those rows are counted twice.',
    },
  },
  create(context) {
    const { workbook } = context;
    const budget: VisitBudget = { left: Math.max(MIN_VISITS, VISITS_PER_CELL * workbook.cellCount) };
    for (const sheet of workbook.sheets) {
      for (const cell of sheet.formulaCells) {
        const info = sheet.formula(cell);
        const aggregate = info && aggregateOf(info);
        if (!aggregate?.plainSum || aggregate.literals > 0) continue;
        const ranges = aggregate.args.filter((ref) => ref.sheet === undefined && ref.isRange);
        if (ranges.length === 0) continue;
        const inside = (row: number, col: number): boolean => ranges.some((ref) => boxContains(ref.box, row, col));
        if (inside(cell.row, cell.col)) continue;
        // Sums inside the range whose own cells all lie inside it too: what they add is added again.
        const doubled: Cell[] = [];
        for (const ref of ranges) {
          const { top, left, bottom, right } = ref.box;
          budget.left -= (bottom - top + 1) * (right - left + 1);
          if (budget.left < 0) return;
          for (let r = top; r <= bottom; r++) {
            const cells = sheet.row(r);
            for (let c = left; c <= right; c++) {
              const inner = cells[c];
              if (inner?.formula === undefined) continue;
              const innerInfo = sheet.formula(inner);
              const innerSum = innerInfo && aggregateOf(innerInfo);
              if (!innerSum?.plainSum || innerSum.literals > 0 || innerSum.args.length === 0) continue;
              // SUBTOTAL skips the SUBTOTALs of its range: that is what it is for.
              if (aggregate.skipsSubtotals && innerSum.skipsSubtotals) continue;
              const nested = innerSum.args.every(
                (a) =>
                  a.sheet === undefined &&
                  inside(a.box.top, a.box.left) &&
                  inside(a.box.bottom, a.box.right) &&
                  inside(a.box.top, a.box.right) &&
                  inside(a.box.bottom, a.box.left),
              );
              if (nested) doubled.push(inner);
            }
          }
        }
        if (doubled.length === 0) continue;
        const total = sumOfAggregate(workbook, sheet, aggregate, budget);
        const doubledSum = doubled.reduce((n, d) => n + (typeof d.value === 'number' ? d.value : NaN), 0);
        const money = (total?.money ?? false) || isMoneyFormat(cell.numFmt);
        const show = money ? formatQuetzales : formatNumber;
        const known = total !== undefined && Number.isFinite(doubledSum) && typeof cell.value === 'number';
        const expected = known
          ? money
            ? Math.round((total.sum - doubledSum) * 100) / 100
            : total.sum - doubledSum
          : undefined;
        const addresses = doubled.map((d) => cellAddress(d.row, d.col));
        const base = {
          sheet: sheet.name,
          range: cellAddress(cell.row, cell.col),
          confidence: 0.95,
          related: addresses.map((range) => ({ sheet: sheet.name, range })),
        };
        const subtotals = addresses.join(', ');
        if (expected === undefined)
          context.report({ ...base, messageId: 'doubleCountUnknown', data: { formula: cell.formula, subtotals } });
        else
          context.report({
            ...base,
            messageId: 'doubleCount',
            valueType: money ? 'money' : 'quantity',
            expected,
            actual: cell.value as number,
            data: { formula: cell.formula, subtotals, counted: show(doubledSum), expected: show(expected) },
          });
      }
    }
  },
});
