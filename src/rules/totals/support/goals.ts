/**
 * The amounts a goals matrix (§9.5) adds up per year: its products' goals, or, for a product
 * left blank whose subproducts carry the amounts, those subproducts' goals.
 */
import type { GoalsMatrix, NumberCell } from '../../../domain/matrix';
import { unitKey, withAmounts } from './sums';

export type GoalKind = 'physical' | 'financial';

export type GoalItem = GoalsMatrix['items'][number];

/** Subproducts of each product, by the product's index in `items`. */
export function subproductsByProduct(goals: GoalsMatrix): Map<number, GoalItem[]> {
  const children = new Map<number, GoalItem[]>();
  goals.items.forEach((item) => {
    if (item.level !== 'subproduct' || item.parent === undefined) return;
    const list = children.get(item.parent) ?? [];
    list.push(item);
    children.set(item.parent, list);
  });
  return children;
}

/** The cells that make up year `yearIndex` of the matrix's total, with their amounts. */
export function yearParts(
  goals: GoalsMatrix,
  yearIndex: number,
  kind: GoalKind,
): { cell: NumberCell; amount: number }[] {
  const children = subproductsByProduct(goals);
  const parts: { cell: NumberCell; amount: number }[] = [];
  goals.items.forEach((item, index) => {
    if (item.level !== 'product') return;
    const own = withAmounts([item[kind][yearIndex]]);
    if (own.length > 0) parts.push(...own);
    else parts.push(...withAmounts((children.get(index) ?? []).map((child) => child[kind][yearIndex])));
  });
  return parts;
}

/**
 * True when every product of the matrix states one and the same unit, so that their physical
 * goals can be added (Personas are never added to Documentos).
 */
export function productsShareOneUnit(goals: GoalsMatrix): boolean {
  const units = new Set<string | undefined>();
  for (const item of goals.items) if (item.level === 'product') units.add(unitKey(item.unit));
  return units.size === 1 && !units.has(undefined);
}
