/**
 * Products and subproducts in a matrix body. People mark a product in several ways, and one
 * workbook may mix them: a "Producto:" prefix in the name cell or in a narrow column before
 * it, bold type, indentation (the cell's indent or leading spaces), or the name sitting one
 * column further left than the subproducts. When a matrix has no mark at all, the levels are
 * settled later by membership: a name that is a product in another matrix is a product here.
 */
import type { ItemLevel, ItemRow, Located } from '../matrix';
import { normalize } from '../text';
import type { Grid } from './grid';

/** How an item's level was told; 'default' means no mark was found (every row a product). */
export type LevelSource = NonNullable<ItemRow['levelBy']>;

export interface NameArea {
  /** Columns that hold the "Producto:" prefix (if in its own column) and the names. */
  left: number;
  right: number;
}

export interface ItemName {
  name: Located<string>;
  prefix?: ItemLevel;
  /** Depth of an outline number before the name: 1 for "1.", 2 for "1.1". */
  depth?: number;
  bold: boolean;
  indented: boolean;
}

/** "1. Servicios", "1.1 Visas", "2.3. Residencias": an outline number (with a dot) before a name. */
const OUTLINE = /^\s*(\d{1,3}(?:\.\d{1,3})*)(\.?)\s+(\S[\s\S]*)$/;

function outline(text: string): { depth: number; rest: string } | undefined {
  const m = OUTLINE.exec(text);
  if (!m) return undefined;
  const depth = m[1].split('.').length;
  // "2 Informes" is a name that starts with a number; "2. Informes" and "2.1 Informes" are outlines.
  if (depth === 1 && m[2] !== '.') return undefined;
  return { depth, rest: m[3] };
}

const PREFIX_ONLY = /^(sub\s*-?\s*)?productos?$/;
const PREFIXED = /^\s*(sub\s*-?\s*)?productos?\s*[:\-–—]\s*(\S[\s\S]*)$/i;

function prefixLevel(sub: string | undefined): ItemLevel {
  return sub ? 'subproduct' : 'product';
}

/** Reads the item name of a row in the name area, with its marks; undefined when there is none. */
export function readItemName(grid: Grid, row: number, area: NameArea): ItemName | undefined {
  const cols = grid.filledCols(row, area.left, area.right).filter((c) => typeof grid.value(row, c) === 'string');
  if (cols.length === 0) return undefined;
  let prefix: ItemLevel | undefined;
  let nameCol: number | undefined;
  let nameText: string | undefined;
  const firstRaw = grid.rawText(row, cols[0]) ?? '';
  const firstFolded = normalize(firstRaw);
  const prefixOnly = PREFIX_ONLY.exec(firstFolded);
  const prefixed = PREFIXED.exec(firstRaw);
  if (prefixOnly) {
    prefix = prefixLevel(prefixOnly[1]);
    if (cols.length > 1) nameCol = cols[1];
  } else if (prefixed) {
    prefix = prefixLevel(prefixed[1]);
    if (cols.length > 1) {
      // "Producto: X" in the prefix column and a name in the name column: the name column rules.
      nameCol = cols[1];
    } else {
      nameCol = cols[0];
      nameText = prefixed[2];
    }
  } else {
    nameCol = cols[0];
  }
  if (nameCol === undefined) return undefined;
  const raw = grid.rawText(row, nameCol) ?? '';
  let text = (nameText ?? raw).trim();
  const numbered = prefix ? undefined : outline(text);
  if (numbered) text = numbered.rest.trim();
  if (text === '') return undefined;
  const cell = grid.cell(row, nameCol);
  const indented = (cell?.style?.indent ?? 0) > 0 || /^(\s{2,}|\t)/.test(raw);
  return {
    name: { value: text, row, col: nameCol },
    prefix,
    depth: numbered?.depth,
    bold: cell?.style?.bold === true,
    indented,
  };
}

/**
 * Decides product/subproduct levels and parents for names read from one matrix, by the
 * strongest mark the matrix uses consistently. Each name's `extra` (a fresh object per row)
 * becomes its item row: filled in place rather than copied, as this runs once per row.
 */
export function assignLevels<T extends object>(names: (ItemName & { extra: T })[]): (ItemRow & T)[] {
  const levels = decideLevels(names);
  const items: (ItemRow & T)[] = [];
  let lastProduct: number | undefined;
  names.forEach((item, i) => {
    const { level, by } = levels[i];
    const row = item.extra as ItemRow & T;
    row.row = item.name.row;
    row.level = level;
    row.name = item.name;
    row.key = normalize(item.name.value);
    row.levelBy = by;
    if (level === 'product') lastProduct = items.length;
    else if (lastProduct !== undefined) row.parent = lastProduct;
    items.push(row);
  });
  return items;
}

function decideLevels(names: ItemName[]): { level: ItemLevel; by: LevelSource }[] {
  const prefixes = names.filter((n) => n.prefix);
  if (prefixes.length > 0) {
    const productPrefix = prefixes.some((n) => n.prefix === 'product');
    const unmarked: ItemLevel = productPrefix ? 'subproduct' : 'product';
    return names.map((n) => ({ level: n.prefix ?? unmarked, by: 'prefix' }));
  }
  const depths = names.map((n) => n.depth).filter((d): d is number => d !== undefined);
  if (depths.length >= 2 && Math.min(...depths) < Math.max(...depths)) {
    const top = Math.min(...depths);
    return names.map((n) => ({ level: (n.depth ?? top + 1) > top ? 'subproduct' : 'product', by: 'numbering' }));
  }
  const bold = names.filter((n) => n.bold).length;
  if (bold > 0 && bold < names.length)
    return names.map((n) => ({ level: n.bold ? 'product' : 'subproduct', by: 'bold' }));
  const indented = names.filter((n) => n.indented).length;
  if (indented > 0 && indented < names.length)
    return names.map((n) => ({ level: n.indented ? 'subproduct' : 'product', by: 'indent' }));
  const cols = new Set(names.map((n) => n.name.col));
  if (cols.size === 2) {
    const leftCol = Math.min(...cols);
    return names.map((n) => ({ level: n.name.col === leftCol ? 'product' : 'subproduct', by: 'position' }));
  }
  return names.map(() => ({ level: 'product', by: 'default' }));
}

/**
 * Settles the levels of items that carried no mark, using the names known to be products
 * elsewhere: those become products, the rest their subproducts. Changes the items in place.
 */
export function applyMembership(items: ItemRow[], productKeys: ReadonlySet<string>): void {
  if (items.length === 0 || items.some((item) => item.levelBy !== 'default')) return;
  const known = items.filter((item) => productKeys.has(item.key)).length;
  if (known === 0 || known === items.length) return;
  let lastProduct: number | undefined;
  items.forEach((item, i) => {
    item.levelBy = 'membership';
    if (productKeys.has(item.key) || lastProduct === undefined) {
      item.level = 'product';
      delete item.parent;
      lastProduct = i;
    } else {
      item.level = 'subproduct';
      item.parent = lastProduct;
    }
  });
}
