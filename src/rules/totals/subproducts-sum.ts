/**
 * §9.5: a product's goal equals the sum of its subproducts' goals, when the subproducts carry
 * amounts. Financial goals always add up; physical goals only across subproducts measured in the
 * product's own unit (Personas are never added to Documentos), only when every subproduct with a
 * physical goal states its unit, and only when the product's unit is (one of) the subproducts'
 * most common: otherwise the product's unit itself is in doubt.
 */
import { createRule } from '../../core';
import { matricesOf } from '../../domain/recognize';
import { subproductsByProduct, type GoalItem, type GoalKind } from './support/goals';
import {
  addAmounts,
  cellRef,
  judgeTotal,
  showAmount,
  sumFormula,
  unitKey,
  withAmounts,
  type Measure,
} from './support/sums';

/** The subproducts whose goals of this kind add up to the product's. */
function contributors(
  product: GoalItem,
  children: GoalItem[],
  kind: GoalKind,
  yearIndex: number,
): GoalItem[] | undefined {
  const withValue = children.filter((c) => withAmounts([c[kind][yearIndex]]).length > 0);
  if (withValue.length === 0) return undefined;
  if (kind === 'financial') return withValue;
  const productUnit = unitKey(product.unit);
  if (productUnit === undefined || withValue.some((c) => unitKey(c.unit) === undefined)) return undefined;
  const counts = new Map<string | undefined, number>();
  for (const c of withValue) counts.set(unitKey(c.unit), (counts.get(unitKey(c.unit)) ?? 0) + 1);
  const same = counts.get(productUnit) ?? 0;
  // A product whose unit is not the subproducts' usual one most likely has a wrong unit (a
  // cross-matrix finding); adding the odd subproducts would only produce a misleading total.
  if (same === 0 || [...counts.values()].some((n) => n > same)) return undefined;
  return withValue.filter((c) => unitKey(c.unit) === productUnit);
}

export default createRule({
  meta: {
    id: 'totals/subproducts-sum',
    kind: 'total-mismatch',
    severity: 'error',
    description: 'Comprueba que la meta de cada producto sea la suma de las metas de sus subproductos.',
    descriptionEn: "Checks that each product's goal equals the sum of its subproducts' goals.",
    fixable: true,
    title: 'Meta del producto frente a sus subproductos',
    titleEn: 'Product goal against its subproducts',
    messages: {
      financial:
        'La meta financiera {{year}} de «{{product}}» ({{actual}}) no coincide con la suma de sus subproductos ({{expected}}).',
      physical:
        'La meta física {{year}} de «{{product}}» ({{actual}}) no coincide con la suma de sus subproductos en {{unit}} ({{expected}}).',
    },
    messagesEn: {
      financial:
        'The {{year}} financial goal of "{{product}}" ({{actual}}) does not match the sum of its subproducts ({{expected}}).',
      physical:
        'The {{year}} physical goal of "{{product}}" ({{actual}}) does not match the sum of its subproducts in {{unit}} ({{expected}}).',
    },
  },
  create(context) {
    for (const goals of matricesOf(context.workbook, 'goals')) {
      const children = subproductsByProduct(goals);
      goals.items.forEach((product, index) => {
        const kids = children.get(index);
        if (product.level !== 'product' || !kids) return;
        goals.years.forEach((year, i) => {
          for (const kind of ['financial', 'physical'] as const) {
            const productCell = product[kind][i];
            const summed = contributors(product, kids, kind, i);
            if (!productCell || !summed) continue;
            const parts = withAmounts(summed.map((c) => c[kind][i]));
            const measure: Measure = kind === 'financial' ? 'money' : 'quantity';
            const expected = addAmounts(
              measure,
              parts.map((p) => p.amount),
            );
            const verdict = judgeTotal(
              context.workbook,
              goals.sheet,
              productCell,
              expected,
              measure,
              kids.map((c) => c[kind][i]),
            );
            if (verdict.status !== 'wrong') continue;
            const range = cellRef(goals.sheet, productCell).range;
            const formula = sumFormula(parts.map((p) => p.cell));
            const data = {
              year: year.year,
              product: product.name.value,
              actual: showAmount(measure, verdict.actual),
              expected: showAmount(measure, expected),
            };
            const common = {
              sheet: goals.sheet,
              range,
              expected,
              actual: verdict.actual,
              valueType: measure,
              related: parts.map((p) => cellRef(goals.sheet, p.cell)),
              ...(formula ? { fix: { range, formula } } : {}),
            };
            if (kind === 'financial') context.report({ messageId: 'financial', data, ...common });
            else
              context.report({ messageId: 'physical', data: { ...data, unit: product.unit?.value ?? '' }, ...common });
          }
        });
      });
    }
  },
});
