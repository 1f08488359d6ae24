/**
 * Text folding and a small fuzzy matcher for what people type in workbooks: headers with
 * accents or without, upper or lower case, line breaks inside cells, and typos such as
 * "Métro Física" for "Meta Física" or "LINEA DE BASE" for "Línea de base".
 *
 *   normalize('  Producto:\nServicios de DIRECCIÓN  ') → 'producto: servicios de direccion'
 *   phraseMatches('Métro Física', 'meta fisica')        → true
 */
import type { CellValue } from '../core';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;
/** Punctuation people leave at the ends of a label ("Producto:", "Total,", "- Visas -"). */
const EDGE_PUNCTUATION = /^[\s.,;:·•*\-–—_|/\\]+|[\s.,;:·•*\-–—_|/\\]+$/g;

/**
 * Folds text for comparison: no accents, lower case, single spaces, no punctuation at the
 * ends. "Ñ" becomes "n" (so "AÑO" and "ANO" compare equal). ItemRow.key uses exactly this.
 */
export function normalize(text: string): string {
  // Recognition and the rules fold the same labels again and again (every row's "Total?" test,
  // every item key): remember recent results. Cleared when full, so memory stays bounded.
  let folded = foldedCache.get(text);
  if (folded !== undefined) return folded;
  folded = fold(text);
  if (foldedCache.size >= FOLDED_CACHE_SIZE) foldedCache.clear();
  foldedCache.set(text, folded);
  return folded;
}

const FOLDED_CACHE_SIZE = 50_000;
const foldedCache = new Map<string, string>();

function fold(text: string): string {
  return foldPlain(text) ?? foldAny(text);
}

/** The general folding: any script, any spacing. */
export function foldAny(text: string): string {
  // Fast paths matter: recognition folds every header-like cell of million-cell workbooks.
  let folded = NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text;
  folded = folded.toLowerCase();
  if (UNUSUAL_SPACE.test(folded)) folded = folded.replace(SPACES, ' ');
  if (EDGE.test(folded)) folded = folded.replace(EDGE_PUNCTUATION, '').trim();
  return folded;
}

/**
 * foldAny's result for the common text of a Spanish workbook (printable ASCII, the accented
 * vowels, ü and ñ, single spaces inside) in one pass over the characters, without Unicode
 * normalisation or regular expressions; undefined for anything else, which foldAny reads.
 * test/domain/text.test.ts holds the two to each other.
 */
function foldPlain(text: string): string | undefined {
  let out = '';
  let copied = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) continue; // a-z
    if (code === 0x20) {
      if (i + 1 < length && text.charCodeAt(i + 1) === 0x20) return undefined;
      continue;
    }
    let replacement: string;
    if (code >= 0x41 && code <= 0x5a) replacement = String.fromCharCode(code + 32);
    else if (code > 0x20 && code < 0x7f) continue;
    else {
      const plain = code < 0x100 ? LATIN1_FOLDED[code - 0x80] : undefined;
      if (plain === undefined || plain === '') return undefined;
      replacement = plain;
    }
    out += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  const folded = copied === 0 ? text : out + text.slice(copied);
  return EDGE.test(folded) ? undefined : folded;
}

/** Folded forms of U+0080–U+00FF for the letters Spanish writes; '' for the rest (left to foldAny). */
const LATIN1_FOLDED: readonly string[] = (() => {
  const table = new Array<string>(0x80).fill('');
  for (const [from, to] of [
    ['áàâä', 'a'],
    ['ÁÀÂÄ', 'a'],
    ['éèêë', 'e'],
    ['ÉÈÊË', 'e'],
    ['íìîï', 'i'],
    ['ÍÌÎÏ', 'i'],
    ['óòôö', 'o'],
    ['ÓÒÔÖ', 'o'],
    ['úùûü', 'u'],
    ['ÚÙÛÜ', 'u'],
    ['ñÑ', 'n'],
    ['çÇ', 'c'],
  ])
    for (const c of from) table[c.charCodeAt(0) - 0x80] = to;
  return table;
})();

const NON_ASCII = /[^\u0020-\u007e]/;
const UNUSUAL_SPACE = /\s\s|[^\S ]/;
/** A space or punctuation at either end. */
const EDGE = /^[\s.,;:·•*\-–—_|/\\]|[\s.,;:·•*\-–—_|/\\]$/;

/** The text a cell shows, for matching: numbers as typed digits, errors and booleans as nothing. */
export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** Words that carry no meaning in a header: "Fórmula de cálculo" and "Formula Calculo" are one. */
const STOPWORDS = new Set(['a', 'al', 'de', 'del', 'e', 'el', 'en', 'la', 'las', 'los', 'o', 'para', 'por', 'u', 'y']);

/** The meaningful words of a text, folded: "TOTAL, META MULTIANUAL" → ['total', 'meta', 'multianual']. */
export function words(text: string): string[] {
  return wordsOfFolded(normalize(text));
}

/** words() of a text already folded by normalize(). */
export function wordsOfFolded(folded: string): string[] {
  // The runs of a-z0-9, stopwords left out: a scan, not split() and filter(), for it runs on
  // every label of big sheets.
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const code = i < folded.length ? folded.charCodeAt(i) : 0;
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = folded.slice(start, i);
      if (!STOPWORDS.has(word)) found.push(word);
      start = -1;
    }
  }
  return found;
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two rows of the table, reused between calls: recognition compares words by the thousand.
  if (distanceRows[0].length <= b.length) distanceRows = [new Uint32Array(b.length + 1), new Uint32Array(b.length + 1)];
  let [previous, current] = distanceRows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length];
}

let distanceRows = [new Uint32Array(64), new Uint32Array(64)];

/**
 * True when a typed word is the expected word or a plausible typo of it. Short words must be
 * exact (so "prg" never matches "pro"); longer ones allow more slips, and numbers never slip.
 */
export function wordMatches(typed: string, expected: string): boolean {
  if (typed === expected) return true;
  // Typos keep the start of a word; a different first letter is a different word. A short
  // word with the same first three letters may slip twice ("Métro" for "Meta").
  if (typed[0] !== expected[0] || expected.length < 4 || typed.length < 3) return false;
  if (DIGIT.test(typed) || DIGIT.test(expected)) return false;
  const samePrefix = typed.slice(0, 3) === expected.slice(0, 3);
  const allowed = expected.length <= 5 ? (samePrefix ? 2 : 1) : expected.length <= 8 ? 2 : 3;
  return editDistance(typed, expected, allowed) <= allowed;
}

const DIGIT = /\d/;

export type PhraseMode = 'exact' | 'prefix' | 'contains';

/**
 * Whether a text says a phrase, word by word with typo tolerance: 'exact' — the same words;
 * 'prefix' — starts with them ("Producción asociada … (aplica únicamente …)"); 'contains' —
 * has them in a row somewhere.
 */
export function phraseMatches(
  text: string | string[],
  phrase: string | string[],
  mode: PhraseMode = 'exact',
  fuzzy: boolean | ((typed: string, expected: string) => boolean) = true,
): boolean {
  const typed = typeof text === 'string' ? words(text) : text;
  const expected = typeof phrase === 'string' ? words(phrase) : phrase;
  if (expected.length === 0) return false;
  if (mode === 'exact' && typed.length !== expected.length) return false;
  const lastStart = mode === 'contains' ? typed.length - expected.length : 0;
  for (let start = 0; start <= lastStart; start++) {
    let ok = start + expected.length <= typed.length;
    for (let i = 0; ok && i < expected.length; i++)
      ok =
        fuzzy === true
          ? wordMatches(typed[start + i], expected[i])
          : fuzzy
            ? fuzzy(typed[start + i], expected[i])
            : typed[start + i] === expected[i];
    if (ok) return true;
  }
  return false;
}

/** Share of the expected words found (with typo tolerance) among the typed ones, 0..1. */
export function wordOverlap(text: string | string[], phrase: string | string[]): number {
  const typed = typeof text === 'string' ? words(text) : text;
  const expected = typeof phrase === 'string' ? words(phrase) : phrase;
  if (expected.length === 0) return 0;
  let found = 0;
  for (const w of expected) if (typed.some((t) => wordMatches(t, w))) found++;
  return found / expected.length;
}

/** A four-digit year 1990–2100 as typed in a header: 2026, "2026", "Año 2026", "AÑO: 2026", "Meta 2026". */
export function yearOf(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 1990 && value <= 2100 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^(?:(?:ano|anio|year|meta|metas|ejercicio|ejercicio fiscal)\s*:?\s*)?((?:19|20|21)\d\d)$/.exec(
    normalize(value),
  );
  if (!m) return undefined;
  const year = Number(m[1]);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** A span of years as typed in a header: "2026-2030", "2026 - 2030", "2026 al 2030". */
export function yearSpanOf(value: CellValue | undefined): { from: number; to: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(?:(?:anos|periodo)\s*:?\s*)?((?:19|20)\d\d)\s*(?:-|–|—|a|al|\/)\s*((?:19|20)\d\d)$/.exec(
    normalize(value),
  );
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from < to ? { from, to } : undefined;
}
