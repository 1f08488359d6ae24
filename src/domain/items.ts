/**
 * The same product or subproduct across matrices.
 *
 * Every recognised matrix that lists products and subproducts (programmatic, results, PGG,
 * coverage, multiannual indicator, goals) names them by hand, so one product shows up as several
 * `ItemRow`s. `getItemIndex(view)` resolves each of those rows to one canonical `Item`:
 *
 *   const index = getItemIndex(view);
 *   const item = index.itemOf(goalsRow);                 // the Item behind a row of any matrix
 *   const linked = appearancesIn(item, 'programmatic');  // where it sits in the §9.3 matrix
 *   linked[0]?.row                                       // that matrix's own row (cast with rowIn)
 *   item.appearances.filter((a) => a.typo)               // rows whose name is a likely typo
 *
 * How rows are matched:
 * - Names compare through `compareNames` (similarity.ts): the same words modulo accents, case,
 *   spacing and punctuation are the same item; a near miss ("Vistas" for "Visas") is the same
 *   item with that appearance flagged `typo`.
 * - Levels never mix: a product and a subproduct with the same name ("Dirección y
 *   Coordinación") are two items.
 * - A subproduct is identified within its product: "Emisión de Documentos Migratorios" under
 *   product A and under product B are two items. Subproducts without a product match by name.
 * - Two different names that both appear in one matrix are never merged as a typo: the matrix
 *   lists them on purpose.
 * - The canonical name is the one most matrix types use; on a tie, the one of the matrix that
 *   comes first in `ITEM_MATRIX_ORDER`, so the later matrix holds the typo.
 *
 * Computed once per validation through `view.memo`.
 */
import type { CellValue, WorkbookView } from '../core';
import { findUnit, foldName } from './catalog';
import type {
  CoverageMatrix,
  GoalsMatrix,
  IndicatorMatrix,
  ItemLevel,
  ItemRow,
  MatrixType,
  PggMatrix,
  ProgrammaticMatrix,
  ResultsMatrix,
} from './matrix';
import { matricesOf } from './recognize';
import { compareProfiles, nameKey, nameProfile, nameSimilarity, type NameProfile } from './similarity';

export type ItemMatrix =
  ProgrammaticMatrix | ResultsMatrix | PggMatrix | CoverageMatrix | IndicatorMatrix | GoalsMatrix;
export type ItemMatrixType = ItemMatrix['type'];

/**
 * The matrices that list items, in the order of the planning chain used to break ties: the
 * programmatic network (the link to the budget) is the reference, the goals matrix comes last.
 */
export const ITEM_MATRIX_ORDER: readonly ItemMatrixType[] = [
  'programmatic',
  'results',
  'pgg',
  'coverage',
  'indicator-matrix',
  'goals',
];

/** The row type of each item matrix (goals rows carry goals, programmatic rows codes, …). */
export type ItemRowOf<T extends ItemMatrixType> = T extends 'indicator-matrix'
  ? IndicatorMatrix['rows'][number]
  : Extract<ItemMatrix, { type: T }> extends { items: (infer R)[] }
    ? R
    : never;

/** One place where an item is listed. */
export interface ItemAppearance {
  matrix: ItemMatrix;
  /** Index of the row in the matrix's `items` (or `rows` for the indicator matrix). */
  index: number;
  row: ItemRow;
  item: Item;
  /** True when this row's name is a near miss of the item's canonical name. */
  typo: boolean;
}

export interface Item {
  /** Stable within one validation: level, product (for a subproduct) and name key. */
  id: string;
  level: ItemLevel;
  /** The name as most matrices type it. */
  name: string;
  /** `nameKey` of `name`. */
  key: string;
  /** For a subproduct: its product, when the matrix says which. */
  product?: Item;
  /** Every row naming this item, in `ITEM_MATRIX_ORDER`, then sheet order. */
  appearances: ItemAppearance[];
}

export interface ItemIndex {
  /** Every recognised matrix that lists items, in `ITEM_MATRIX_ORDER`. */
  matrices: readonly ItemMatrix[];
  /** Products first, then subproducts, each in order of first appearance. */
  items: readonly Item[];
  itemOf(row: ItemRow): Item | undefined;
  appearanceOf(row: ItemRow): ItemAppearance | undefined;
}

/** The item rows of a matrix, whatever it calls them. */
export function itemRowsOf(matrix: ItemMatrix): readonly ItemRow[] {
  return matrix.type === 'indicator-matrix' ? matrix.rows : matrix.items;
}

/** Where an item appears in matrices of one type. */
export function appearancesIn(item: Item, type: ItemMatrixType): ItemAppearance[] {
  return item.appearances.filter((a) => a.matrix.type === type);
}

/** The appearance's row with its matrix's own fields, when the matrix is of that type. */
export function rowIn<T extends ItemMatrixType>(appearance: ItemAppearance, type: T): ItemRowOf<T> | undefined {
  return appearance.matrix.type === type ? (appearance.row as ItemRowOf<T>) : undefined;
}

/** Matrix types an item appears in, in chain order. */
export function typesOf(item: Item): ItemMatrixType[] {
  return ITEM_MATRIX_ORDER.filter((type) => item.appearances.some((a) => a.matrix.type === type));
}

interface Pending {
  matrix: ItemMatrix;
  index: number;
  row: ItemRow;
  order: number;
  key: string;
}

/** A set of rows with one name key, or several merged as typos of the first. */
interface Group {
  key: string;
  name: string;
  /** The digits-bearing words of the key: near misses never differ in them. */
  numbers: string;
  /** Computed when the group is first compared (most groups never are). */
  profile?: NameProfile;
  members: Pending[];
  types: Set<ItemMatrixType>;
}

function profileOf(group: Group): NameProfile {
  return (group.profile ??= nameProfile(group.name));
}

function groupByKey(rows: readonly Pending[]): Group[] {
  const groups = new Map<string, Group>();
  for (const pending of rows) {
    let group = groups.get(pending.key);
    if (!group) {
      const name = pending.row.name.value.trim();
      group = { key: pending.key, name, numbers: digitWords(pending.key), members: [], types: new Set() };
      groups.set(pending.key, group);
    }
    group.members.push(pending);
    group.types.add(pending.matrix.type);
  }
  return [...groups.values()];
}

/**
 * The words of a name key that hold a digit, joined by single spaces ("fase 2 lote 3a" → "2 3a").
 * One scan without a regex or arrays: every group of a 100 000-row matrix asks.
 */
function digitWords(key: string): string {
  let kept = '';
  let start = 0;
  let hasDigit = false;
  for (let i = 0; i <= key.length; i++) {
    const code = i < key.length ? key.charCodeAt(i) : SPACE;
    if (code === SPACE) {
      if (hasDigit) kept = kept === '' ? key.slice(start, i) : `${kept} ${key.slice(start, i)}`;
      start = i + 1;
      hasDigit = false;
    } else if (code >= 0x30 && code <= 0x39) hasDigit = true;
  }
  return kept;
}

const SPACE = 0x20;

/** A set of matrix types as bits (by `ITEM_MATRIX_ORDER`), so "no type in common" is one AND. */
function typeMask(types: ReadonlySet<ItemMatrixType>): number {
  let mask = 0;
  for (const type of types) mask |= 1 << chainPosition(type);
  return mask;
}

interface Merged {
  canonical: Group;
  typos: Group[];
  /** Types of the canonical group and its typos. */
  mask: number;
  /** Position in the result, the tie-break between equally similar candidates. */
  order: number;
}

/**
 * Merges near-miss groups into the groups they are typos of. Groups used by more matrix types
 * come first (then earlier in the chain), so a name is merged into a more common one.
 *
 * Only candidates that could be a near miss are compared: names with the same numbers (a near
 * miss never changes a number) and no matrix type in common. Candidates are kept by numbers,
 * then by type mask, so a big matrix whose names share no type with another costs no pairs.
 */
function mergeNearMisses(groups: Group[]): { canonical: Group; typos: Group[] }[] {
  const ranked = [...groups].sort((a, b) => b.types.size - a.types.size || a.members[0].order - b.members[0].order);
  const result: Merged[] = [];
  const byNumbers = new Map<string, Map<number, Merged[]>>();
  const file = (merged: Merged): void => {
    const numbers = merged.canonical.numbers;
    let byMask = byNumbers.get(numbers);
    if (!byMask) byNumbers.set(numbers, (byMask = new Map()));
    const list = byMask.get(merged.mask);
    if (list) list.push(merged);
    else byMask.set(merged.mask, [merged]);
  };
  for (const group of ranked) {
    const mask = typeMask(group.types);
    let best: Merged | undefined;
    let bestScore = -1;
    for (const [listMask, list] of byNumbers.get(group.numbers) ?? []) {
      if (listMask & mask) continue;
      for (const candidate of list) {
        // A candidate that gained types since it was filed here is listed again under its new mask.
        if (candidate.mask !== listMask) continue;
        if (compareProfiles(profileOf(candidate.canonical), profileOf(group)) !== 'near') continue;
        const score = nameSimilarity(candidate.canonical.key, group.key);
        if (score > bestScore || (score === bestScore && best && candidate.order < best.order)) {
          best = candidate;
          bestScore = score;
        }
      }
    }
    if (best) {
      best.typos.push(group);
      best.mask |= mask;
      file(best);
    } else {
      const merged: Merged = { canonical: group, typos: [], mask, order: result.length };
      result.push(merged);
      file(merged);
    }
  }
  return result;
}

/** Resolves the rows of the given matrices (any order) to items. `getItemIndex` is the usual entry. */
export function indexItems(given: readonly ItemMatrix[]): ItemIndex {
  const matrices = [...given].sort((a, b) => chainPosition(a.type) - chainPosition(b.type));
  const items: Item[] = [];
  const byRow = new Map<ItemRow, ItemAppearance>();

  const pending: Pending[] = [];
  matrices.forEach((matrix, m) =>
    itemRowsOf(matrix).forEach((row, index) => {
      const key = nameKey(row.key || row.name.value);
      if (key) pending.push({ matrix, index, row, order: m * 1e6 + index, key });
    }),
  );

  const resolve = (rows: Pending[], level: ItemLevel, product: Item | undefined): void => {
    for (const { canonical, typos } of mergeNearMisses(groupByKey(rows))) {
      const item: Item = {
        id: `${level}:${product ? `${product.key}/` : ''}${canonical.key}`,
        level,
        name: canonical.name,
        key: canonical.key,
        product,
        appearances: [],
      };
      const appear = (p: Pending, typo: boolean): void => {
        const appearance: ItemAppearance = { matrix: p.matrix, index: p.index, row: p.row, item, typo };
        item.appearances.push(appearance);
        byRow.set(p.row, appearance);
      };
      // Members are filed in row order already; only typos merged in need sorting among them.
      if (typos.length === 0) for (const p of canonical.members) appear(p, false);
      else
        [
          ...canonical.members.map((p) => ({ p, typo: false })),
          ...typos.flatMap((g) => g.members.map((p) => ({ p, typo: true }))),
        ]
          .sort((a, b) => a.p.order - b.p.order)
          .forEach(({ p, typo }) => appear(p, typo));
      items.push(item);
    }
  };

  resolve(
    pending.filter((p) => p.row.level === 'product'),
    'product',
    undefined,
  );
  const products = items.length;

  // Subproducts, scoped by their (resolved) product.
  const byProduct = new Map<Item | undefined, Pending[]>();
  for (const p of pending) {
    if (p.row.level !== 'subproduct') continue;
    const parentRow = p.row.parent === undefined ? undefined : itemRowsOf(p.matrix)[p.row.parent];
    const product = parentRow ? byRow.get(parentRow)?.item : undefined;
    const list = byProduct.get(product) ?? [];
    list.push(p);
    byProduct.set(product, list);
  }
  for (const [product, rows] of byProduct) resolve(rows, 'subproduct', product);

  const subproducts = items.splice(products).sort((a, b) => firstOrder(a) - firstOrder(b));
  items.push(...subproducts);

  return {
    matrices,
    items,
    itemOf: (row) => byRow.get(row)?.item,
    appearanceOf: (row) => byRow.get(row),
  };

  function firstOrder(item: Item): number {
    const first = item.appearances[0];
    return matrices.indexOf(first.matrix) * 1e6 + first.index;
  }
}

export function getItemIndex(view: WorkbookView): ItemIndex {
  return view.memo('domain/items', () =>
    indexItems(ITEM_MATRIX_ORDER.flatMap((type) => matricesOf(view, type) as ItemMatrix[])),
  );
}

/** The position of a matrix type in the chain (for tie-breaks between two matrices). */
export function chainPosition(type: MatrixType): number {
  const position = ITEM_MATRIX_ORDER.indexOf(type as ItemMatrixType);
  return position < 0 ? ITEM_MATRIX_ORDER.length : position;
}

/**
 * A goal or target cell as a number: numbers as they are; text as people type it ("1,517",
 * "Q 292,649,151.00", "83.77%" → 0.8377, as Excel reads it); anything else undefined.
 */
export function numericValue(value: number | string | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(-)?\s*(?:Q\.?\s*)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%)?\s*$/i.exec(value);
  if (!match) return undefined;
  const magnitude = Number(match[2].replace(/,/g, '') + (match[3] ?? ''));
  const signed = match[1] ? -magnitude : magnitude;
  return match[4] ? signed / 100 : signed;
}

/** The "mayor contribución" flag as 1 or 0 (typed as a number or as text), else undefined. */
export function contributionFlag(value: unknown): 0 | 1 | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  return text === '1' ? 1 : text === '0' ? 0 : undefined;
}

/** A cell value as a message shows it: text trimmed, numbers as typed, errors by their code. */
export function shownValue(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value).trim();
}

/**
 * One key per unit of measure, for comparing units typed in different matrices: the catalogue's
 * spelling ("Documentos" → "Documento"), or the folded text of a unit the catalogue does not know.
 */
export function unitKey(text: string): string {
  return findUnit(text) ?? foldName(text);
}
