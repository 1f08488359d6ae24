/**
 * The amounts a goals matrix (§9.5) adds up per year: its products' goals, or, for a product
 * left blank whose subproducts carry the amounts, those subproducts' goals.
 */
import type { GoalsMatrix } from '../../../domain/matrix';
import { amountOf, unitKey, withAmounts, type CellAmount } from './sums';

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
export function yearParts(goals: GoalsMatrix, yearIndex: number, kind: GoalKind): CellAmount[] {
  const children = subproductsByProduct(goals);
  const parts: CellAmount[] = [];
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
export function headedBlockParts(goals: GoalsMatrix, yearIndex: number, kind: GoalKind): CellAmount[] {
  const cells = goals.items.map((item) => {
    const cell = item[kind][yearIndex];
    const amount = amountOf(cell);
    return cell && amount !== undefined ? { cell, amount } : undefined;
  });
  const heads: CellAmount[] = [];
  let i = 0;
  while (i < cells.length) {
    if (!cells[i]) {
      i++;
      continue;
    }
    // One unbroken run of rows with amounts: its running sums, indexed to the centavo, let each
    // head find the last row its amount adds up to in one look-up (linear, not quadratic).
    let runEnd = i;
    while (runEnd < cells.length && cells[runEnd]) runEnd++;
    const run = runningSums(cells as { amount: number }[], i, runEnd);
    while (i < runEnd) {
      const head = cells[i]!;
      heads.push(head);
      i = lastRowAddingUpTo(run, i, head.amount) + 1;
    }
  }
  return heads;
}

interface RunningSums {
  start: number;
  /** prefix[k]: the sum of rows start .. start+k-1. */
  prefix: Float64Array;
  /**
   * Positions k of `prefix`, by the centavo the sum rounds to, ascending; only for a run with a
   * negative amount. Without one (the usual case) the sums never decrease, and a binary search
   * over `prefix` finds the same row without a map of every sum.
   */
  byCentavo?: Map<number, number[]>;
}

/** Sums closer than half a centavo are the same amount. */
const TOLERANCE = 0.005;

function runningSums(cells: readonly { amount: number }[], start: number, end: number): RunningSums {
  const prefix = new Float64Array(end - start + 1);
  let decreases = false;
  for (let k = 1; k < prefix.length; k++) {
    const amount = cells[start + k - 1].amount;
    if (amount < 0) decreases = true;
    prefix[k] = prefix[k - 1] + amount;
  }
  if (!decreases) return { start, prefix };
  const byCentavo = new Map<number, number[]>();
  for (let k = 1; k < prefix.length; k++) {
    const key = Math.round(prefix[k] * 100);
    const list = byCentavo.get(key);
    if (list) list.push(k);
    else byCentavo.set(key, [k]);
  }
  return { start, prefix, byCentavo };
}

/** The last row j of the run after `head` whose rows head+1..j add up to `amount`; `head` when none does. */
function lastRowAddingUpTo(run: RunningSums, head: number, amount: number): number {
  const from = head - run.start + 1; // prefix position just after the head
  const target = run.prefix[from] + amount;
  return (
    run.start +
    (run.byCentavo ? lastMatchByCentavo(run, run.byCentavo, from, target) : lastMatch(run, from, target)) -
    1
  );
}

/** Sums that never decrease: the last position whose sum is below target + tolerance, if it is within it. */
function lastMatch({ prefix }: RunningSums, from: number, target: number): number {
  let lo = from + 1;
  let hi = prefix.length; // first position at or past target + tolerance, in [lo, length]
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (prefix[mid] < target + TOLERANCE) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  return last > from && Math.abs(prefix[last] - target) < TOLERANCE ? last : from;
}

function lastMatchByCentavo(run: RunningSums, byCentavo: Map<number, number[]>, from: number, target: number): number {
  const key = Math.round(target * 100);
  let best = from;
  for (const candidate of [key - 1, key, key + 1]) {
    const list = byCentavo.get(candidate) ?? [];
    for (let n = list.length - 1; n >= 0 && list[n] > best; n--)
      if (Math.abs(run.prefix[list[n]] - target) < TOLERANCE) {
        best = list[n];
        break;
      }
  }
  return best;
}

/** The cells the Total row of year `yearIndex` adds up: the products, or the block heads when levels are unknown. */
export function totalParts(goals: GoalsMatrix, yearIndex: number, kind: GoalKind): readonly CellAmount[] {
  // Several rules ask for the same parts (goals-year-total, goals-vs-budget): computed once per
  // matrix, year and kind. Matrices live as long as one validation, hence the WeakMap.
  let byYear = totalPartsCache.get(goals);
  if (!byYear) totalPartsCache.set(goals, (byYear = new Map()));
  const key = `${kind}:${yearIndex}`;
  let parts = byYear.get(key);
  if (!parts) {
    parts = levelsUnknown(goals) ? headedBlockParts(goals, yearIndex, kind) : yearParts(goals, yearIndex, kind);
    byYear.set(key, parts);
  }
  return parts;
}

const totalPartsCache = new WeakMap<GoalsMatrix, Map<string, CellAmount[]>>();
