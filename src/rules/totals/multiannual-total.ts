/**
 * Ficha de indicadores de productos a nivel multianual: the multiannual total (datos absolutos)
 * of each product equals the sum of its years. When the difference is exactly what one year is
 * missing to read as a longer number (1,517 typed for 1,517,829), that year is reported instead:
 * the total is right and the year was cut short.
 */
import { createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { addAmounts, cellRef, judgeTotal, showAmount, sumFormula, withAmounts } from './support/sums';

/** True when `full` starts with the digits of `typed` and is longer (1517 → 1517829). */
function looksTruncated(typed: number, full: number): boolean {
  if (!Number.isInteger(typed) || !Number.isInteger(full) || typed <= 0 || full <= typed) return false;
  const a = String(typed);
  const b = String(full);
  return b.length > a.length && b.startsWith(a);
}

export default createRule({
  meta: {
    id: 'totals/multiannual-total',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Comprueba que el total multianual de cada indicador sea la suma de sus años.',
    descriptionEn: 'Checks that the multiannual total of each indicator equals the sum of its years.',
    fixable: true,
    title: 'Total multianual del indicador',
    titleEn: 'Multiannual indicator total',
    messages: {
      mismatch: 'El total multianual de «{{product}}» ({{actual}}) no coincide con la suma de los años ({{expected}}).',
      truncated:
        'El total multianual de «{{product}}» ({{total}}) no coincide con la suma de los años: la meta {{year}} ({{typed}}) parece cortada; con {{full}} el total cuadra.',
    },
    messagesEn: {
      mismatch:
        'The multiannual total of "{{product}}" ({{actual}}) does not match the sum of the years ({{expected}}).',
      truncated:
        'The multiannual total of "{{product}}" ({{total}}) does not match the sum of the years: the {{year}} goal ({{typed}}) looks cut off; with {{full}} the total adds up.',
    },
  },
  create(context) {
    for (const matrix of matricesOf(context.workbook, 'indicator-matrix')) {
      for (const row of matrix.rows) {
        const total = row.total?.absolute;
        const parts = withAmounts(row.absolute);
        if (!total || parts.length === 0) continue;
        const expected = addAmounts(
          'quantity',
          parts.map((p) => p.amount),
        );
        const verdict = judgeTotal(context.workbook, matrix.sheet, total, expected, 'quantity', row.absolute);
        if (verdict.status !== 'wrong') continue;
        const missing = verdict.actual - expected;
        const truncated = parts.filter((p) => looksTruncated(p.amount, p.amount + missing));
        if (truncated.length === 1) {
          const [{ cell, amount }] = truncated;
          const yearIndex = row.absolute.indexOf(cell);
          const full = amount + missing;
          context.report({
            messageId: 'truncated',
            sheet: matrix.sheet,
            range: cellRef(matrix.sheet, total).range,
            data: {
              year: matrix.years[yearIndex]?.year ?? '',
              product: row.name.value,
              typed: showAmount('quantity', amount),
              full: showAmount('quantity', full),
              total: showAmount('quantity', verdict.actual),
            },
            expected,
            actual: verdict.actual,
            valueType: 'quantity',
            related: [cellRef(matrix.sheet, cell)],
          });
          continue;
        }
        const range = cellRef(matrix.sheet, total).range;
        const formula = sumFormula(parts.map((p) => p.cell));
        context.report({
          messageId: 'mismatch',
          sheet: matrix.sheet,
          range,
          data: {
            product: row.name.value,
            actual: showAmount('quantity', verdict.actual),
            expected: showAmount('quantity', expected),
          },
          expected,
          actual: verdict.actual,
          valueType: 'quantity',
          related: parts.map((p) => cellRef(matrix.sheet, p.cell)),
          ...(formula ? { fix: { range, formula } } : {}),
        });
      }
    }
  },
});
