/**
 * The fast path of the worksheet reader. Nearly every element of a sheet part is a cell in one
 * of a few shapes (`<c r="B2" s="3" t="s"><v>7</v></c>`, a formula `<f>…</f>` before its `<v>`,
 * an inline string `<is><t>…</t></is>`), and going through the general scanner (xml.ts) for each
 * costs an attribute list, a name string per element and four sink calls. scanCell reads such
 * a cell straight from the text into a reused record, without building anything else.
 *
 * It only ever *declines*: anything it is not sure of (a prefix, an attribute value with a
 * reference or a control character, a duplicate attribute, a rich-text run, a comment, an
 * address it cannot place, a mismatched tag) returns DECLINE before any state changes, and the
 * general scanner reads the same element, with the same result or the same error message. So
 * the two paths cannot disagree on what a well-formed cell holds, and every error is still the
 * general scanner's. test/xlsx/read-cell-fast.test.ts checks both paths against each other.
 */
import { decodeEntities, isSpace, normalizeLines } from './xml';

/** Excel's grid. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Not a shape this reads: let the general scanner read the element. */
export const DECLINE = -1;
/** The element goes on past the end of the text received so far. */
export const INCOMPLETE = -2;

/** One cell as scanned (by either path: see SheetSink.current); reused from cell to cell. */
export class RawCell {
  /** 0-based position, or -1 when the cell has no `r` (it follows the previous one). */
  row = -1;
  col = -1;
  type = 'n';
  style = -1;
  value = '';
  hasValue = false;
  formula = '';
  hasFormula = false;
  formulaType = '';
  formulaRef: string | undefined = undefined;
  formulaSi: string | undefined = undefined;
  inline = '';
  hasInline = false;
  /** Elements read (the cell and its children), for the element limit. */
  elements = 0;

  reset(): void {
    this.row = -1;
    this.col = -1;
    this.type = 'n';
    this.style = -1;
    this.value = '';
    this.hasValue = false;
    this.formula = '';
    this.hasFormula = false;
    this.formulaType = '';
    this.formulaRef = undefined;
    this.formulaSi = undefined;
    this.inline = '';
    this.hasInline = false;
    this.elements = 1;
  }
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const COLON = 58;
const AMP = 38;
const DQUOTE = 34;
const SQUOTE = 39;

// The attribute nextAttribute() read last (module state: no object per attribute).
let nameStart = 0;
let nameEnd = 0;
let valueStart = 0;
let valueEnd = 0;

/**
 * Reads one attribute at `p` (spaces before it skipped). Returns the position after it; or the
 * position of the `>` or `/` that ends the tag, as `-3 - position`; or DECLINE / INCOMPLETE.
 */
function nextAttribute(s: string, p: number): number {
  const length = s.length;
  while (p < length && isSpace(s.charCodeAt(p))) p++;
  if (p >= length) return INCOMPLETE;
  let c = s.charCodeAt(p);
  if (c === GT || c === SLASH) return -3 - p;
  nameStart = p;
  while (p < length) {
    c = s.charCodeAt(p);
    if (c === EQUALS) break;
    if (isSpace(c) || c === GT || c === SLASH || c === LT || c === COLON) return DECLINE;
    p++;
  }
  if (p + 1 >= length) return INCOMPLETE;
  nameEnd = p;
  const quote = s.charCodeAt(p + 1);
  if (quote !== DQUOTE && quote !== SQUOTE) return DECLINE;
  const close = s.indexOf(quote === DQUOTE ? '"' : "'", p + 2);
  if (close < 0) return INCOMPLETE;
  for (let k = p + 2; k < close; k++) {
    const d = s.charCodeAt(k);
    if (d === AMP || d === LT || d < 32) return DECLINE;
  }
  valueStart = p + 2;
  valueEnd = close;
  if (close + 1 >= length) return INCOMPLETE;
  c = s.charCodeAt(close + 1);
  if (!isSpace(c) && c !== GT && c !== SLASH) return DECLINE;
  return close + 1;
}

/** Where the tag ends after its attributes: `>` → position after it; `/>` → -(after) - 10. */
function endOfTag(s: string, at: number): number {
  if (s.charCodeAt(at) === GT) return at + 1;
  if (at + 1 >= s.length) return INCOMPLETE;
  return s.charCodeAt(at + 1) === GT ? -(at + 2) - 10 : DECLINE;
}

/** Reads "AB12" in s[from, to) into cell.row/col; false for anything odd or past the grid. */
function readAddress(s: string, from: number, to: number, cell: RawCell): boolean {
  let i = from;
  let col = 0;
  for (; i < to; i++) {
    const code = s.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
    if (col > MAX_COLUMNS) return false;
  }
  const digitsFrom = i;
  let row = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    row = row * 10 + d;
    if (row > MAX_ROWS) return false;
  }
  if (digitsFrom === from || i === digitsFrom || row < 1) return false;
  cell.row = row - 1;
  cell.col = col - 1;
  return true;
}

/** Character data from `from` to the next `<`, decoded as the general scanner decodes it. */
function textUpTo(s: string, from: number, lt: number): string {
  const raw = normalizeLines(s.slice(from, lt));
  return raw.indexOf('&') < 0 ? raw : decodeEntities(raw);
}

/** `</name>` at `at`, nothing else (no spaces: the general scanner takes those). */
function closes(s: string, at: number, name: number): number {
  if (at + 3 >= s.length) return INCOMPLETE;
  return s.charCodeAt(at + 1) === SLASH && s.charCodeAt(at + 2) === name && s.charCodeAt(at + 3) === GT
    ? at + 4
    : DECLINE;
}

const C = 99;
const V = 118;
const F = 102;
const I = 105;
const S = 115;
const T = 116;
const R = 114;

/**
 * Reads `<c …>…</c>` starting at `lt` into `cell`. Returns the position after it, DECLINE, or
 * INCOMPLETE (the caller waits for more text, or declines at the end of the part).
 */
export function scanCell(s: string, lt: number, cell: RawCell): number {
  const length = s.length;
  if (lt + 2 >= length) return INCOMPLETE;
  const after = s.charCodeAt(lt + 2);
  if (s.charCodeAt(lt + 1) !== C || !(isSpace(after) || after === GT || after === SLASH)) return DECLINE;
  cell.reset();
  let seen = 0; // r, s, t: a repeated one is left to the general scanner
  let p = lt + 2;
  for (;;) {
    const next = nextAttribute(s, p);
    if (next === DECLINE || next === INCOMPLETE) return next;
    if (next <= -3) {
      p = -3 - next;
      break;
    }
    if (nameEnd - nameStart === 1) {
      const name = s.charCodeAt(nameStart);
      const bit = name === R ? 1 : name === S ? 2 : name === T ? 4 : 0;
      if (bit & seen) return DECLINE;
      seen |= bit;
      if (name === R) {
        if (!readAddress(s, valueStart, valueEnd, cell)) return DECLINE;
      } else if (name === S) {
        if (valueEnd - valueStart < 1 || valueEnd - valueStart > 9) return DECLINE;
        let style = 0;
        for (let k = valueStart; k < valueEnd; k++) {
          const d = s.charCodeAt(k) - 48;
          if (d < 0 || d > 9) return DECLINE;
          style = style * 10 + d;
        }
        cell.style = style;
      } else if (name === T) {
        cell.type = s.slice(valueStart, valueEnd);
      }
    }
    p = next;
  }
  p = endOfTag(s, p);
  if (p === DECLINE || p === INCOMPLETE) return p;
  if (p < -10) return -(p + 10); // <c …/>

  let children = 0; // v, f, is: each at most once
  for (;;) {
    const open = s.indexOf('<', p);
    if (open < 0 || open + 2 >= length) return INCOMPLETE;
    const k = s.charCodeAt(open + 1);
    if (k === SLASH) return closes(s, open, C);
    const k2 = s.charCodeAt(open + 2);
    if (k === V && (k2 === GT || k2 === SLASH)) {
      if (children & 1) return DECLINE;
      children |= 1;
      cell.elements++;
      cell.hasValue = true;
      if (k2 === SLASH) {
        if (open + 3 >= length) return INCOMPLETE;
        if (s.charCodeAt(open + 3) !== GT) return DECLINE;
        p = open + 4;
        continue;
      }
      const end = s.indexOf('<', open + 3);
      if (end < 0) return INCOMPLETE;
      const closed = closes(s, end, V);
      if (closed < 0) return closed;
      cell.value = textUpTo(s, open + 3, end);
      p = closed;
    } else if (k === F && (k2 === GT || k2 === SLASH || isSpace(k2))) {
      if (children & 2) return DECLINE;
      children |= 2;
      cell.elements++;
      cell.hasFormula = true;
      let q = open + 2;
      let fSeen = 0;
      for (;;) {
        const next = nextAttribute(s, q);
        if (next === DECLINE || next === INCOMPLETE) return next;
        if (next <= -3) {
          q = -3 - next;
          break;
        }
        const n = nameEnd - nameStart;
        if (n === 1 && s.charCodeAt(nameStart) === T) {
          if (fSeen & 1) return DECLINE;
          fSeen |= 1;
          cell.formulaType = s.slice(valueStart, valueEnd);
        } else if (n === 3 && s.startsWith('ref', nameStart)) {
          if (fSeen & 2) return DECLINE;
          fSeen |= 2;
          cell.formulaRef = s.slice(valueStart, valueEnd);
        } else if (n === 2 && s.startsWith('si', nameStart)) {
          if (fSeen & 4) return DECLINE;
          fSeen |= 4;
          cell.formulaSi = s.slice(valueStart, valueEnd);
        }
        q = next;
      }
      q = endOfTag(s, q);
      if (q === DECLINE || q === INCOMPLETE) return q;
      if (q < -10) {
        p = -(q + 10);
        continue;
      }
      const end = s.indexOf('<', q);
      if (end < 0) return INCOMPLETE;
      const closed = closes(s, end, F);
      if (closed < 0) return closed;
      cell.formula = textUpTo(s, q, end);
      p = closed;
    } else if (k === I && k2 === S) {
      // <is><t>…</t></is> or <is/>; runs (<r>) and phonetic guides go the general way.
      if (children & 4) return DECLINE;
      children |= 4;
      if (open + 4 >= length) return INCOMPLETE;
      cell.hasInline = true;
      cell.elements++;
      if (s.charCodeAt(open + 3) === SLASH) {
        if (s.charCodeAt(open + 4) !== GT) return DECLINE;
        p = open + 5;
        continue;
      }
      if (s.charCodeAt(open + 3) !== GT) return DECLINE;
      const tOpen = s.indexOf('<', open + 4);
      if (tOpen < 0 || tOpen + 2 >= length) return INCOMPLETE;
      if (s.charCodeAt(tOpen + 1) === SLASH) {
        const closed = closesIs(s, tOpen);
        if (closed < 0) return closed;
        p = closed;
        continue;
      }
      const tNext = s.charCodeAt(tOpen + 2);
      if (s.charCodeAt(tOpen + 1) !== T || !(tNext === GT || tNext === SLASH || isSpace(tNext))) return DECLINE;
      cell.elements++;
      let q = tOpen + 2;
      for (;;) {
        const next = nextAttribute(s, q);
        if (next === DECLINE || next === INCOMPLETE) return next;
        if (next <= -3) {
          q = -3 - next;
          break;
        }
        q = next;
      }
      q = endOfTag(s, q);
      if (q === DECLINE || q === INCOMPLETE) return q;
      if (q >= 0) {
        const end = s.indexOf('<', q);
        if (end < 0) return INCOMPLETE;
        const closed = closes(s, end, T);
        if (closed < 0) return closed;
        cell.inline = textUpTo(s, q, end);
        q = closed;
      } else {
        q = -(q + 10);
      }
      const isClose = s.indexOf('<', q);
      if (isClose < 0) return INCOMPLETE;
      const closed = closesIs(s, isClose);
      if (closed < 0) return closed;
      p = closed;
    } else {
      return DECLINE;
    }
  }
}

/** `</is>` at `at`. */
function closesIs(s: string, at: number): number {
  if (at + 4 >= s.length) return INCOMPLETE;
  return s.startsWith('</is>', at) ? at + 5 : DECLINE;
}
