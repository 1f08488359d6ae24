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
  return nameWords(text).join(' ');
}

/**
 * Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of a
 * substring): insertions, deletions, substitutions and swaps of neighbours cost one. text.ts
 * has plain Levenshtein for headers; names need a swapped pair of letters to cost one edit.
 * Stops early and returns `limit + 1` once the distance is known to exceed `limit`.
 */
export function damerauDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length];
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

/** How two names relate: the same name, a likely typo of it, or a different name. */
export function compareNames(a: string, b: string): NameMatch {
  const wordsA = nameWords(a);
  const wordsB = nameWords(b);
  const keyA = wordsA.join(' ');
  const keyB = wordsB.join(' ');
  if (keyA === keyB) return keyA.length > 0 ? 'same' : 'different';
  if (keyA.length === 0 || keyB.length === 0) return 'different';
  if (numbersOf(wordsA) !== numbersOf(wordsB)) return 'different';

  const allowance = typoAllowance(Math.max(keyA.length, keyB.length));
  if (allowance > 0 && damerauDistance(keyA, keyB, allowance) <= allowance) return 'near';

  const coreA = words(a);
  const coreB = words(b);
  if (coreA.join(' ') === coreB.join(' ')) return coreA.length > 0 ? 'near' : 'different';
  const [short, long] = coreA.length <= coreB.length ? [coreA, coreB] : [coreB, coreA];
  return isAbridged(short, long) ? 'near' : 'different';
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
