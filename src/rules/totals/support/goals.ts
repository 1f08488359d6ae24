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

/** True when recognition could not tell products from subproducts (no prefix, bold, indent…). */
export function levelsUnknown(goals: GoalsMatrix): boolean {
  return goals.items.some((item) => item.levelBy === 'default');
}

/**
 * For a matrix whose levels are unknown: the rows that head a block, reading a row whose amount
 * equals the sum of the rows right below it as a product over its subproducts (a row heading
 * nothing is a product alone). Lets an unmarked matrix whose Total adds only its products pass.
 */
export function headedBlockParts(
  goals: GoalsMatrix,
  yearIndex: number,
  kind: GoalKind,
): { cell: NumberCell; amount: number }[] {
  const cells = goals.items.map((item) => withAmounts([item[kind][yearIndex]])[0]);
  const heads: { cell: NumberCell; amount: number }[] = [];
  let i = 0;
  while (i < cells.length) {
    const head = cells[i];
    if (!head) {
      i++;
      continue;
    }
    let below = 0;
    let end = i;
    for (let j = i + 1; j < cells.length && cells[j]; j++) {
      below += cells[j]?.amount ?? 0;
      if (Math.abs(below - head.amount) < 0.005) end = j;
    }
    heads.push(head);
    i = end + 1;
  }
  return heads;
}

/** The cells the Total row of year `yearIndex` adds up: the products, or the block heads when levels are unknown. */
export function totalParts(
  goals: GoalsMatrix,
  yearIndex: number,
  kind: GoalKind,
): { cell: NumberCell; amount: number }[] {
  return levelsUnknown(goals) ? headedBlockParts(goals, yearIndex, kind) : yearParts(goals, yearIndex, kind);
}
