/**
 * Name similarity for products, subproducts and indicators typed by hand in several matrices.
 *
 *   compareNames('Visas guatemaltecas emitidas', 'Vistas Guatemaltecas emitidas') → 'near'
 *   compareNames('Emisión de Documentos Migratorios', 'Prórroga de Documentos Migratorios') → 'different'
 *
 * 'same' ignores accents, case, spacing and punctuation. 'near' is a likely typo of the same
 * name: a few character edits (Damerau–Levenshtein, allowance growing with length), or the same
 * words with one or two dropped (at most a quarter of the longer name's meaningful words).
 * Numbers must agree exactly ("Fase 1" and "Fase 2" are different things).
 */

import { normalize, words } from './text';

export type NameMatch = 'same' | 'near' | 'different';

/** Folds a name to the words that identify it: no accents, lower case, punctuation as spaces. */
export function nameWords(text: string): string[] {
  return normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** The comparison key of a name: its words joined by single spaces. */
export function nameKey(text: string): string {
  // Asked for every item row (and again by the rules): remember recent keys, bounded like normalize().
  let key = nameKeyCache.get(text);
  if (key === undefined) {
    key = nameWords(text).join(' ');
    if (nameKeyCache.size >= NAME_KEY_CACHE_SIZE) nameKeyCache.clear();
    nameKeyCache.set(text, key);
  }
  return key;
}

const NAME_KEY_CACHE_SIZE = 50_000;
const nameKeyCache = new Map<string, string>();

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a
 * substring): insertions, deletions, substitutions and swaps of neighbours cost one. text.ts
 * has plain Levenshtein for headers; names need a swapped pair of letters to cost one edit.
 * With a `limit`, only the diagonal band of width `limit` is computed and `limit + 1` is
 * returned as soon as the distance must exceed it, so comparing many names stays cheap.
 */
export function damerauDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  const band = Math.min(limit, Math.max(a.length, b.length));
  const outside = Number.MAX_SAFE_INTEGER;
  const width = b.length + 1;
  let previous2 = new Array<number>(width).fill(outside);
  let previous = new Array<number>(width).fill(outside);
  let current = new Array<number>(width).fill(outside);
  for (let j = 0; j <= Math.min(band, b.length); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    // Cells left of the band must read as unreachable, whatever this row held two rows ago.
    current[from - 1] = from === 1 && i <= band ? i : outside;
    if (to < b.length) current[to + 1] = outside;
    let rowMin = current[from - 1];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[b.length], limit + 1);
}

/** Character edits tolerated as a typo, by the length of the longer key. */
export function typoAllowance(length: number): number {
  if (length < 8) return 0;
  if (length < 13) return 1;
  if (length < 30) return 2;
  return 3;
}

function numbersOf(words: readonly string[]): string {
  return words.filter((w) => /\d/.test(w)).join(' ');
}

/** True when `short` is `long` with a few meaningful words dropped, the rest in order. */
function isAbridged(short: readonly string[], long: readonly string[]): boolean {
  const dropped = long.length - short.length;
  if (dropped < 1 || short.length < 2) return false;
  if (dropped > Math.max(1, Math.floor(long.length / 4))) return false;
  let i = 0;
  for (const word of long) if (i < short.length && short[i] === word) i++;
  return i === short.length;
}

/** What comparing a name needs, computed once per name when many names are compared. */
export interface NameProfile {
  key: string;
  numbers: string;
  /** Meaningful words (no stopwords). */
  core: string[];
  coreKey: string;
  /** How many times each letter and digit occurs: a cheap lower bound on the edit distance. */
  letters: Int16Array;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function nameProfile(text: string): NameProfile {
  const all = nameWords(text);
  const key = all.join(' ');
  const core = words(text);
  const letters = new Int16Array(ALPHABET.length);
  for (const ch of key) {
    const index = ALPHABET.indexOf(ch);
    if (index >= 0) letters[index]++;
  }
  return { key, numbers: numbersOf(all), core, coreKey: core.join(' '), letters };
}

/** Half the letters one key has and the other lacks: no edit script is shorter. */
function letterBound(a: NameProfile, b: NameProfile): number {
  let difference = 0;
  for (let i = 0; i < ALPHABET.length; i++) difference += Math.abs(a.letters[i] - b.letters[i]);
  return Math.ceil(difference / 2);
}

/** `compareNames` on profiles: the same verdicts, without folding the names again. */
export function compareProfiles(a: NameProfile, b: NameProfile): NameMatch {
  if (a.key === b.key) return a.key.length > 0 ? 'same' : 'different';
  if (a.key.length === 0 || b.key.length === 0) return 'different';
  if (a.numbers !== b.numbers) return 'different';

  const allowance = typoAllowance(Math.max(a.key.length, b.key.length));
  if (
    allowance > 0 &&
    Math.abs(a.key.length - b.key.length) <= allowance &&
    letterBound(a, b) <= allowance &&
    damerauDistance(a.key, b.key, allowance) <= allowance
  ) {
    return 'near';
  }

  if (a.coreKey === b.coreKey) return a.core.length > 0 ? 'near' : 'different';
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  return isAbridged(short, long) ? 'near' : 'different';
}

/** How two names relate: the same name, a likely typo of it, or a different name. */
export function compareNames(a: string, b: string): NameMatch {
  return compareProfiles(nameProfile(a), nameProfile(b));
}

/**
 * A score in [0, 1] for ranking candidates (1 = same key): one minus the edit distance over
 * the longer key's length. Only for choosing among 'near' candidates, never as a verdict.
 */
export function nameSimilarity(a: string, b: string): number {
  const keyA = nameKey(a);
  const keyB = nameKey(b);
  const length = Math.max(keyA.length, keyB.length);
  if (length === 0) return 0;
  return 1 - damerauDistance(keyA, keyB) / length;
}
