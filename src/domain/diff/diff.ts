/**
 * What changed between two versions of one plan, in the plan's terms:
 *
 *   const diff = diffPlans(beforeSnapshot, afterSnapshot);
 *   diff.changes      // products added/removed/renamed, goals, budgets, units, indicators, statements…
 *   diff.changes[0].notCarried  // matrices where the same figure was NOT changed and now disagrees
 *   diff.cellChanges  // edits with no meaning in the plan (a formula's range, a number typed as text)
 *
 * Products and subproducts of both versions are matched by name (the same key, or a near miss as
 * recognition tolerates typos), then by programmatic code; the facts of each (facts.ts) are
 * compared one by one. A change in one matrix is checked against every other matrix that states
 * the same figure.
 */
import {
  formatNumber,
  formatQuetzales,
  sameMoney,
  sameQuantity,
  WorkbookView,
  type WorkbookSnapshot,
} from '../../core';
import { appearancesIn, getItemIndex, unitKey, type Item } from '../items';
import type { MatrixType } from '../matrix';
import { matricesOf } from '../recognize';
import { compareNames, nameKey, nameSimilarity } from '../similarity';
import { cellChanges, type CellChange, type SheetChanges } from './cells';
import { matrixTitle, planFacts, type FactTopic, type PlanFact } from './facts';

export type ChangeKind =
  | 'item-added'
  | 'item-removed'
  | 'item-renamed'
  | 'changed'
  | 'appearance-added'
  | 'appearance-removed'
  | 'added'
  | 'removed';

/** A cell of one version, with the matrix it belongs to. */
export interface Place {
  matrix: string;
  sheet: string;
  range: string;
}

export interface PlaceWithValue extends Place {
  value: string;
}

export interface PlanChange {
  kind: ChangeKind;
  topic: FactTopic | 'product' | 'subproduct';
  /** A product's name, "Programa 11", an indicator… */
  subject: string;
  /** "Meta física 2027", "Unidad de medida"… */
  label: string;
  year?: number;
  before?: string;
  after?: string;
  /** Where the change was made: cells of the new version (of the old one for removals). */
  places: Place[];
  /** The same cells in the old version (usually the same addresses). */
  beforePlaces: Place[];
  /** Other matrices stating the same figure, left unchanged, that now disagree with `after`. */
  notCarried: PlaceWithValue[];
  /** Other matrices stating the same figure that agree with `after`. */
  agrees: Place[];
  /** One line, Spanish. */
  message: string;
}

export interface PlanDiff {
  changes: PlanChange[];
  /** Cell edits no plan change explains, sheet by sheet. */
  cellChanges: CellChange[];
  sheets: SheetChanges;
}

/** A value as a person reads it. */
export function showValue(value: number | string | null, measure: PlanFact['measure']): string {
  if (value === null) return '(vacío)';
  if (typeof value === 'number') {
    if (measure === 'year') return String(value);
    return measure === 'money' ? formatQuetzales(value) : formatNumber(value);
  }
  const text = value.length > 160 ? `${value.slice(0, 157)}…` : value;
  return measure === 'text' ? `«${text}»` : text;
}

const CONTEXT = 40;

/**
 * Two values as a person compares them: long texts cut to the part that differs, with a little
 * context on each side ("…a 868,372 personas en el año 2026" → "…a 686,372 personas en el año 2026").
 */
export function showPair(
  before: number | string | null,
  after: number | string | null,
  measure: PlanFact['measure'],
): [string, string] {
  if (typeof before !== 'string' || typeof after !== 'string' || Math.max(before.length, after.length) <= 2 * CONTEXT) {
    return [showValue(before, measure), showValue(after, measure)];
  }
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const cut = (text: string) => {
    const from = Math.max(0, start - CONTEXT);
    const to = Math.min(text.length, text.length - end + CONTEXT);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return [showValue(cut(before), measure), showValue(cut(after), measure)];
}

/** The form in which two values are "the same" for a fact: names modulo case and accents, units by catalogue. */
function norm(fact: PlanFact, value: number | string | null = fact.value): number | string | null {
  if (typeof value !== 'string') return value;
  // Statements too: a final period or a capital letter is no change of the plan.
  if (fact.topic === 'name' || fact.topic === 'indicator' || fact.topic === 'statement') return nameKey(value);
  if (fact.topic === 'unit') return unitKey(value);
  if (fact.measure === 'text') return value.replace(/\s+/g, ' ').trim();
  // "00" and "000", "02" and "002": the same code spelt two ways.
  if (fact.topic === 'code') return value.trim().replace(/^0+(?=\d)/, '');
  return value;
}

function same(fact: PlanFact, a: number | string | null, b: number | string | null): boolean {
  const x = norm(fact, a);
  const y = norm(fact, b);
  if (typeof x === 'number' && typeof y === 'number') {
    return fact.measure === 'money' ? sameMoney(x, y) : sameQuantity(x, y);
  }
  return x === y;
}

/** Matches the items of the old version to the new one; returns the new item of each old one. */
function matchItems(before: readonly Item[], after: readonly Item[]): Map<Item, Item> {
  const matched = new Map<Item, Item>();
  const taken = new Set<Item>();
  const pair = (a: Item, b: Item) => {
    matched.set(a, b);
    taken.add(b);
  };
  for (const level of ['product', 'subproduct'] as const) {
    const olds = before.filter((i) => i.level === level);
    const news = after.filter((i) => i.level === level);
    const parentOk = (a: Item, b: Item) =>
      level === 'product' || (a.product ? matched.get(a.product) === b.product : b.product === undefined);
    // 1. The same name (modulo accents, case, spacing), under the same product.
    for (const a of olds) {
      const b = news.find((n) => !taken.has(n) && n.key === a.key && parentOk(a, n));
      if (b) pair(a, b);
    }
    // 2. A near miss of the name ("Vistas" for "Visas"), the closest first.
    for (const a of olds) {
      if (matched.has(a)) continue;
      let best: Item | undefined;
      let score = -1;
      for (const n of news) {
        if (taken.has(n) || !parentOk(a, n) || compareNames(a.name, n.name) !== 'near') continue;
        const s = nameSimilarity(a.name, n.name);
        if (s > score) [best, score] = [n, s];
      }
      if (best) pair(a, best);
    }
    // 3. The same complete programmatic code, when only one item on each side has it.
    const codeOf = (item: Item): string | undefined => {
      const row = appearancesIn(item, 'programmatic')[0]?.row as
        | {
            programa?: { value: unknown };
            subprograma?: { value: unknown };
            proyecto?: { value: unknown };
            actividad?: { value: unknown };
          }
        | undefined;
      if (!row) return undefined;
      const parts = [row.programa, row.subprograma, row.proyecto, row.actividad].map((c) =>
        String(c?.value ?? '').trim(),
      );
      return parts.every((p) => p !== '') ? parts.join('-') : undefined;
    };
    const byCode = (items: Item[]) => {
      const map = new Map<string, Item[]>();
      for (const item of items) {
        const code = codeOf(item);
        if (code) map.set(code, [...(map.get(code) ?? []), item]);
      }
      return map;
    };
    const oldCodes = byCode(olds.filter((a) => !matched.has(a)));
    const newCodes = byCode(news.filter((n) => !taken.has(n)));
    for (const [code, as] of oldCodes) {
      const bs = newCodes.get(code);
      if (as.length === 1 && bs?.length === 1 && parentOk(as[0], bs[0])) pair(as[0], bs[0]);
    }
  }
  return matched;
}

function placeOf(fact: PlanFact): Place {
  return { matrix: matrixTitle(fact.matrix), sheet: fact.sheet, range: fact.range };
}

function placeList(places: readonly Place[]): string {
  return places.map((p) => `${p.sheet}!${p.range}`).join(', ');
}

function levelWord(item: Item): string {
  return item.level === 'product' ? 'producto' : 'subproducto';
}

/** The differences between two versions of a plan (see the module comment). */
export function diffPlans(beforeSnapshot: WorkbookSnapshot, afterSnapshot: WorkbookSnapshot): PlanDiff {
  const viewA = new WorkbookView(beforeSnapshot);
  const viewB = new WorkbookView(afterSnapshot);
  const itemsA = getItemIndex(viewA).items;
  const itemsB = getItemIndex(viewB).items;
  const matched = matchItems(itemsA, itemsB);
  const matchedB = new Set(matched.values());

  const fichaKeys = (view: WorkbookView) =>
    new Set(matricesOf(view, 'indicator-sheet').map((f) => nameKey(f.name?.value ?? '')));
  const fichasA = fichaKeys(viewA);
  const fichasB = fichaKeys(viewB);
  const fichaId = (other: Set<string>) => (key: string, index: number) =>
    key !== '' && other.has(key) ? key : `#${index}`;

  const factsA = planFacts(viewA, {
    idOf: (item) => {
      const b = matched.get(item);
      return b ? b.id : `antes:${item.id}`;
    },
    fichaId: fichaId(fichasB),
  });
  const factsB = planFacts(viewB, { idOf: (item) => item.id, fichaId: fichaId(fichasA) });
  const byKeyA = new Map(factsA.map((f) => [f.key, f]));
  const byKeyB = new Map(factsB.map((f) => [f.key, f]));
  const byGroupB = new Map<string, PlanFact[]>();
  for (const f of factsB) byGroupB.set(f.group, [...(byGroupB.get(f.group) ?? []), f]);

  const changes: PlanChange[] = [];
  const absorbed = new Set<string>();
  // Items matched under another name (a near miss or the same programmatic code): renamed.
  const renamed = new Map<string, Item>();
  for (const [a, b] of matched) if (a.key !== b.key) renamed.set(b.id, b);

  // Whole items added, removed or renamed.
  const itemFacts = (facts: PlanFact[], id: string) => facts.filter((f) => f.itemId === id);
  for (const a of itemsA) {
    if (matched.has(a)) continue;
    const facts = itemFacts(factsA, `antes:${a.id}`);
    facts.forEach((f) => absorbed.add(f.key));
    const places = facts.filter((f) => f.topic === 'name').map(placeOf);
    changes.push({
      kind: 'item-removed',
      topic: a.level,
      subject: a.name,
      label: a.level === 'product' ? 'Producto' : 'Subproducto',
      places: [],
      beforePlaces: facts.map(placeOf),
      notCarried: [],
      agrees: [],
      message: `Se quitó el ${levelWord(a)} «${a.name}» (estaba en ${placeList(places)}).`,
    });
  }
  for (const b of itemsB) {
    if (matchedB.has(b)) continue;
    const facts = itemFacts(factsB, b.id);
    facts.forEach((f) => absorbed.add(f.key));
    const places = facts.filter((f) => f.topic === 'name').map(placeOf);
    changes.push({
      kind: 'item-added',
      topic: b.level,
      subject: b.name,
      label: b.level === 'product' ? 'Producto' : 'Subproducto',
      places: facts.map(placeOf),
      beforePlaces: [],
      notCarried: [],
      agrees: [],
      message: `Se añadió el ${levelWord(b)} «${b.name}» (en ${placeList(places)}).`,
    });
  }

  // Fact by fact.
  type Pair = { a?: PlanFact; b?: PlanFact };
  const pairs: Pair[] = [];
  for (const b of factsB) if (!absorbed.has(b.key)) pairs.push({ a: byKeyA.get(b.key), b });
  for (const a of factsA) if (!absorbed.has(a.key) && !byKeyB.has(a.key)) pairs.push({ a });

  const appearanceOf = (f: PlanFact) => `${f.itemId ?? f.subject}|${f.matrix}|${f.sheet}`;
  const appearancesA = new Set(factsA.map(appearanceOf));
  const appearancesB = new Set(factsB.map(appearanceOf));

  const changed = new Map<string, { facts: Pair[]; fact: PlanFact }>();
  const added = new Map<string, PlanFact[]>();
  const removed = new Map<string, PlanFact[]>();
  for (const p of pairs) {
    const fact = (p.b ?? p.a)!;
    const before = p.a ? p.a.value : null;
    const after = p.b ? p.b.value : null;
    // A fact missing on one side, in a matrix row both versions have, is a value that was emptied or filled.
    const rowInBoth = appearancesA.has(appearanceOf(fact)) && appearancesB.has(appearanceOf(fact));
    if (p.a && p.b) {
      if (same(fact, before, after)) continue;
    } else if (!rowInBoth) {
      const into = p.b ? added : removed;
      const key = appearanceOf(fact);
      into.set(key, [...(into.get(key) ?? []), fact]);
      continue;
    } else if (before === null && after === null) continue;
    const key = `${fact.group}|${String(norm(fact, before))}|${String(norm(fact, after))}`;
    const entry = changed.get(key) ?? { facts: [], fact };
    entry.facts.push(p);
    changed.set(key, entry);
  }

  for (const { facts, fact } of changed.values()) {
    const first = facts[0];
    const before = first.a ? first.a.value : null;
    const after = first.b ? first.b.value : null;
    const changedKeys = new Set(facts.map((p) => (p.b ?? p.a)!.key));
    const others = (byGroupB.get(fact.group) ?? []).filter((f) => !changedKeys.has(f.key));
    const notCarried = others
      .filter((f) => !same(f, f.value, after))
      .map((f) => ({ ...placeOf(f), value: showValue(f.value, f.measure) }));
    const agrees = others.filter((f) => same(f, f.value, after)).map(placeOf);
    const places = facts.filter((p) => p.b).map((p) => placeOf(p.b!));
    const beforePlaces = facts.filter((p) => p.a).map((p) => placeOf(p.a!));
    const [shownBefore, shownAfter] = showPair(before, after, fact.measure);
    const isName = fact.topic === 'name' && fact.itemId !== undefined;
    const subject = isName && first.a ? String(first.a.value ?? fact.subject) : fact.subject;
    const about = fact.itemId === undefined && fact.topic === 'total' ? '' : ` de «${subject}»`;
    const renamedItem = isName ? renamed.get(fact.itemId!) : undefined;
    const where = placeList(places.length ? places : beforePlaces);
    let message = renamedItem
      ? `Se renombró el ${levelWord(renamedItem)} ${shownBefore} como ${shownAfter} (${where}).`
      : `${fact.label}${about}: ${shownBefore} → ${shownAfter} (${where}).`;
    if (notCarried.length > 0) {
      message += ` No se trasladó a: ${notCarried.map((p) => `${p.sheet}!${p.range} (${p.value})`).join(', ')}.`;
    }
    const change: PlanChange = {
      kind: renamedItem ? 'item-renamed' : 'changed',
      topic: fact.topic,
      subject,
      label: fact.label,
      before: shownBefore,
      after: shownAfter,
      places,
      beforePlaces,
      notCarried,
      agrees,
      message,
    };
    if (fact.year !== undefined) change.year = fact.year;
    changes.push(change);
  }

  for (const [into, kind] of [
    [added, 'added'],
    [removed, 'removed'],
  ] as const) {
    for (const facts of into.values()) {
      const fact = facts[0];
      const places = facts.map(placeOf);
      const item = fact.itemId !== undefined;
      const where = matrixTitle(fact.matrix);
      const changeKind: ChangeKind = item ? (kind === 'added' ? 'appearance-added' : 'appearance-removed') : kind;
      const message = item
        ? kind === 'added'
          ? `«${fact.subject}» aparece ahora en ${where} (${placeList(places)}).`
          : `«${fact.subject}» ya no aparece en ${where} (estaba en ${placeList(places)}).`
        : kind === 'added'
          ? `Se añadió en ${where}: ${fact.subject} — ${facts.map((f) => `${f.label} ${showValue(f.value, f.measure)}`).join('; ')} (${placeList(places)}).`
          : `Se quitó de ${where}: ${fact.subject} (estaba en ${placeList(places)}).`;
      changes.push({
        kind: changeKind,
        topic: fact.topic,
        subject: fact.subject,
        label: item ? matrixTitle(fact.matrix) : fact.label,
        places: kind === 'added' ? places : [],
        beforePlaces: kind === 'removed' ? places : [],
        notCarried: [],
        agrees: [],
        message,
      });
    }
  }

  // In the order of the new workbook: sheet, then row, then column.
  const sheetOrder = new Map<string, number>();
  [...afterSnapshot.sheets, ...beforeSnapshot.sheets].forEach((s, i) => {
    if (!sheetOrder.has(s.name)) sheetOrder.set(s.name, i);
  });
  const position = (c: PlanChange): [number, number, number] => {
    const p = c.places[0] ?? c.beforePlaces[0];
    if (!p) return [1e9, 0, 0];
    const m = /^([A-Z]+)(\d+)$/.exec(p.range);
    const col = m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : 0;
    return [sheetOrder.get(p.sheet) ?? 1e9, m ? Number(m[2]) : 0, col];
  };
  changes.sort((x, y) => {
    const [a, b] = [position(x), position(y)];
    return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  });

  // Cell edits no plan change explains.
  const explainedAfter = new Set<string>();
  const explainedBefore = new Set<string>();
  for (const c of changes) {
    for (const p of c.places) explainedAfter.add(`${p.sheet.toLowerCase()}!${p.range}`);
    for (const p of c.beforePlaces) explainedBefore.add(`${p.sheet.toLowerCase()}!${p.range}`);
  }
  const cells = cellChanges(beforeSnapshot, afterSnapshot);
  const explains = (c: CellChange): boolean => {
    const sheet = c.sheet.toLowerCase();
    const beforeAt = `${sheet}!${c.beforeRange ?? c.range}`;
    return (
      (c.after !== undefined && explainedAfter.has(`${sheet}!${c.range}`)) ||
      (c.before !== undefined && explainedBefore.has(beforeAt))
    );
  };
  return {
    changes,
    cellChanges: cells.cells.filter((c) => !explains(c)),
    sheets: cells.sheets,
  };
}

export type { CellChange, SheetChanges, MatrixType };
