/**
 * Formula analysis on top of @borgar/fx's tokenizer: the references a formula reads, its
 * relative (R1C1-style) shape so that copied formulas compare equal, and its top-level call.
 */
import { parseA1Ref, tokenize, tokenTypes } from '@borgar/fx/xlsx';
import { columnIndex, columnName, type RangeBox } from './address';

export interface FormulaReference {
  /** Sheet named in the reference, or undefined for the formula's own sheet. */
  sheet?: string;
  box: RangeBox;
  /** True for A1:B2 ranges, false for single cells. */
  isRange: boolean;
  /** Whole rows or columns (A:A, 3:3) are clipped to the sheet's limits. */
  unbounded: boolean;
  /** Index of the token in `tokens`. */
  token: number;
}

/**
 * A reference as the analysis makes it: its own box (one object per reference rather than two,
 * for the tens of thousands a big workbook's formulas hold through a validation), with its token
 * and two flags in one small integer (six fields rather than eight: 16 bytes a reference).
 */
class Reference implements FormulaReference, RangeBox {
  private readonly bits: number;

  constructor(
    readonly sheet: string | undefined,
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
    isRange: boolean,
    unbounded: boolean,
    token: number,
  ) {
    this.bits = token * 4 + (unbounded ? 2 : 0) + (isRange ? 1 : 0);
  }

  get isRange(): boolean {
    return (this.bits & 1) === 1;
  }

  get unbounded(): boolean {
    return (this.bits & 2) === 2;
  }

  get token(): number {
    return this.bits >> 2;
  }

  get box(): RangeBox {
    return this;
  }
}

/** The reference spanning two corners, in either order. */
function cornersReference(
  sheet: string | undefined,
  start: Corner,
  end: Corner,
  isRange: boolean,
  token: number,
): Reference {
  return new Reference(
    sheet,
    Math.min(start.row, end.row),
    Math.min(start.col, end.col),
    Math.max(start.row, end.row),
    Math.max(start.col, end.col),
    isRange,
    false,
    token,
  );
}

export interface FormulaToken {
  type: string;
  value: string;
}

/**
 * One formula's analysis. Read-only: copies of a formula share the token objects and the list of
 * functions of their template (see fromTemplate).
 */
export interface FormulaInfo {
  readonly text: string;
  readonly tokens: readonly Readonly<FormulaToken>[];
  readonly references: readonly FormulaReference[];
  /** The formula with every reference replaced by its offset from the host cell. */
  readonly relative: string;
  /** Upper-case function names, in order of appearance. */
  readonly functions: readonly string[];
  /** True when the tokenizer met something it does not understand. */
  readonly malformed: boolean;
  /** Cache of aggregateOf(): null when the formula is not one aggregate call. */
  aggregate?: Aggregate | null;
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

const SIMPLE_CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})$/;

interface Corner {
  row: number;
  col: number;
  absRow: boolean;
  absCol: boolean;
}

function parseSimpleCell(text: string): Corner | undefined {
  const m = SIMPLE_CELL.exec(text);
  if (!m) return undefined;
  return { col: columnIndex(m[2]), row: Number(m[4]) - 1, absCol: m[1] === '$', absRow: m[3] === '$' };
}

function splitSheet(value: string): { sheet?: string; local: string } {
  const bang = value.lastIndexOf('!');
  if (bang < 0) return { local: value };
  let sheet = value.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  // "[1]Sheet" external book prefixes are kept as part of the name: they never match a local sheet.
  return { sheet, local: value.slice(bang + 1) };
}

function relPart(value: number, origin: number, absolute: boolean, axis: 'R' | 'C'): string {
  return absolute ? `${axis}${value + 1}` : `${axis}[${value - origin}]`;
}

interface ParsedRef {
  ref: FormulaReference;
  relative: string;
}

/** Parses one range token; undefined for names, structured references and other non-cell refs. */
function parseReference(value: string, row: number, col: number, token: number): ParsedRef | undefined {
  const { sheet, local } = splitSheet(value);
  const [a, b] = local.split(':');
  const start = parseSimpleCell(a);
  const end = b === undefined ? start : parseSimpleCell(b);
  if (start && end) {
    const rel =
      relPart(start.row, row, start.absRow, 'R') +
      relPart(start.col, col, start.absCol, 'C') +
      (b === undefined ? '' : ':' + relPart(end.row, row, end.absRow, 'R') + relPart(end.col, col, end.absCol, 'C'));
    return {
      ref: cornersReference(sheet, start, end, b !== undefined, token),
      relative: (sheet === undefined ? '' : `'${sheet}'!`) + rel,
    };
  }
  // Whole columns/rows and other shapes: let the library parse them.
  const parsed = parseA1Ref(value, { allowTernary: true });
  if (!parsed || !('range' in parsed) || !parsed.range) return undefined;
  const r = parsed.range;
  const top = r.top ?? 0;
  const bottom = r.bottom ?? (r.top === null ? MAX_ROW : top);
  const left = r.left ?? 0;
  const right = r.right ?? (r.left === null ? MAX_COL : left);
  const clippedBottom = Math.min(bottom, MAX_ROW);
  const clippedRight = Math.min(right, MAX_COL);
  const relative =
    (r.top === null ? '' : relPart(top, row, !!r.$top, 'R')) +
    (r.left === null ? '' : relPart(left, col, !!r.$left, 'C')) +
    ':' +
    (r.bottom === null || r.bottom === undefined ? '' : relPart(bottom, row, !!r.$bottom, 'R')) +
    (r.right === null || r.right === undefined ? '' : relPart(right, col, !!r.$right, 'C'));
  return {
    ref: new Reference(
      parsed.sheetName || undefined,
      top,
      left,
      clippedBottom,
      clippedRight,
      top !== clippedBottom || left !== clippedRight,
      r.top === null || r.left === null,
      token,
    ),
    relative: (parsed.sheetName ? `'${parsed.sheetName}'!` : '') + relative,
  };
}

/** Analyses a formula (with or without "=") written in the cell at row/col (0-based). */
export function analyzeFormula(formula: string, row: number, col: number): FormulaInfo {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  if (text.includes(PLACEHOLDER)) return tokenizeAndAnalyze(text, row, col); // its shape would be ambiguous
  const shape = formulaShape(text);
  let template = shapes.get(shape.key);
  if (template === undefined) {
    const info = tokenizeAndAnalyze(text, row, col);
    template = buildTemplate(info, shape);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(shape.key, template);
    return info;
  }
  return template ? fromTemplate(template, text, shape, row, col) : tokenizeAndAnalyze(text, row, col);
}

/**
 * The formula as Excel copies it from (fromRow, fromCol) to (toRow, toCol): the relative parts
 * of its cell references move, the $-anchored ones stay. Undefined when the formula holds
 * something this cannot move (whole columns, a reference pushed off the sheet…): the caller then
 * asks @borgar/fx, which is several times slower.
 */
export function moveFormula(
  formula: string,
  fromRow: number,
  fromCol: number,
  toRow: number,
  toCol: number,
): string | undefined {
  const text = formula.startsWith('=') ? formula.slice(1) : formula;
  if (text.includes(PLACEHOLDER)) return undefined;
  const shape = formulaShape(text);
  if (!shapes.has(shape.key)) analyzeFormula(text, fromRow, fromCol);
  // Only a shape with a template is known to hold references, and nothing but references, at
  // its placeholders (`ñA1` is a name, `B:B` a whole column).
  const template = shapes.get(shape.key);
  if (!template) return undefined;
  const dRow = toRow - fromRow;
  const dCol = toCol - fromCol;
  const rows: number[] = [];
  const cols: number[] = [];
  for (const { row, col, absRow, absCol } of shape.corners) {
    rows.push(absRow ? row : row + dRow);
    cols.push(absCol ? col : col + dCol);
  }
  // A range whose corners cross ($D3:D$3 copied down) is written the other way round by Excel.
  for (const { first, second } of template.references) {
    if (second >= 0 && (rows[first] > rows[second] || cols[first] > cols[second])) return undefined;
  }
  let moved = '';
  let copied = 0;
  for (let i = 0; i < shape.cells.length; i++) {
    const { absRow, absCol } = shape.corners[i];
    const newRow = rows[i];
    const newCol = cols[i];
    if (newRow < 0 || newRow > MAX_ROW || newCol < 0 || newCol > MAX_COL) return undefined;
    moved +=
      text.slice(copied, shape.offsets[i]) +
      (absCol ? '$' : '') +
      columnName(newCol) +
      (absRow ? '$' : '') +
      String(newRow + 1);
    copied = shape.offsets[i] + shape.cells[i].length;
  }
  return moved + text.slice(copied);
}

/** The analysis itself: tokenize, then walk the tokens. */
export function tokenizeAndAnalyze(text: string, row: number, col: number): FormulaInfo {
  const tokens = tokenize(text, { mergeRefs: true, allowTernary: true }) as FormulaToken[];
  const references: FormulaReference[] = [];
  const functions: string[] = [];
  const parts: string[] = [];
  let malformed = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === tokenTypes.REF_RANGE || t.type === tokenTypes.REF_BEAM || t.type === tokenTypes.REF_TERNARY) {
      const parsed = parseReference(t.value, row, col, i);
      if (parsed) {
        references.push(parsed.ref);
        parts.push(parsed.relative);
        continue;
      }
    } else if (t.type === tokenTypes.FUNCTION) {
      functions.push(t.value.toUpperCase());
      parts.push(t.value.toUpperCase());
      continue;
    } else if (t.type === tokenTypes.UNKNOWN) {
      malformed = true;
    } else if (t.type === tokenTypes.WHITESPACE || t.type === tokenTypes.NEWLINE) {
      continue;
    }
    parts.push(t.value);
  }
  return { text, tokens, references, relative: parts.join(''), functions, malformed, aggregate: undefined };
}

/*
 * Copied formulas (`SUM(C3:G3)`, `SUM(C4:G4)`, …) differ only in their plain A1 references, so
 * tokenizing each one again is wasted work. A formula's *shape* is its text with every valid
 * plain cell reference (outside strings, quoted sheet names and brackets; not a function name,
 * a sheet name or part of a longer name) replaced by a placeholder. The first formula of a shape
 * is tokenized; if each placeholder fell on a reference that the fast path reads (`A1` or
 * `A1:B2`, optionally sheet-qualified), the token list is kept as a template and the next
 * formulas of that shape are analysed from it without tokenizing. Swapping one valid cell
 * reference for another does not change how the tokenizer splits the rest of the text.
 */
const MAX_SHAPES = 20_000;
const PLACEHOLDER = '\u0000';
const shapes = new Map<string, FormulaTemplate | null>();
export interface FormulaShape {
  key: string;
  /** The plain cell references replaced, in order, and where they start in the text. */
  cells: string[];
  corners: Corner[];
  offsets: number[];
}

/**
 * The shape of a formula. A character scan that reads exactly what this regular expression
 * matches (test/core/formula-shape.test.ts holds the two to each other):
 *
 *   "(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(?<![\p{L}\p{N}_.$\\])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_.$\\(![])
 *
 * — strings, quoted sheet names and brackets skipped whole, then cell references standing
 * alone. The expression made substrings for its groups at every formula of a big sheet; the
 * scan allocates only the key and the references' own texts.
 */
export function formulaShape(text: string): FormulaShape {
  const cells: string[] = [];
  const corners: Corner[] = [];
  const offsets: number[] = [];
  let key = '';
  let copied = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === QUOTE || code === APOSTROPHE) {
      const end = quotedEnd(text, i, code);
      i = end < 0 ? i + 1 : end + 1;
      continue;
    }
    if (code === OPEN_BRACKET) {
      const end = text.indexOf(']', i + 1);
      i = end < 0 ? i + 1 : end + 1;
      continue;
    }
    const found = code === DOLLAR || isAsciiLetter(code) ? cellReferenceAt(text, i) : undefined;
    if (!found) {
      i++;
      continue;
    }
    const { row, col, absRow, absCol, end } = found;
    // A name such as XFE1 or A0 is kept as written.
    if (col <= MAX_COL && row >= 0 && row <= MAX_ROW) {
      cells.push(text.slice(i, end));
      corners.push({ row, col, absRow, absCol });
      offsets.push(i);
      key += text.slice(copied, i) + PLACEHOLDER;
      copied = end;
    }
    i = end;
  }
  return { key: copied === 0 ? text : key + text.slice(copied), cells, corners, offsets };
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const OPEN_BRACKET = 0x5b;
const DOLLAR = 0x24;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Where a string or quoted name opened at `start` closes (doubled quotes inside), or -1 when it
 * never does. Left open, the expression backs off to the first quote of the last doubled pair.
 */
function quotedEnd(text: string, start: number, quote: number): number {
  let lastPair = -1;
  let j = start + 1;
  while (j < text.length) {
    if (text.charCodeAt(j) !== quote) j++;
    else if (text.charCodeAt(j + 1) === quote) {
      lastPair = j;
      j += 2;
    } else return j;
  }
  return lastPair;
}

/** Letters and digits of any script, `_`, `.`, `$` and `\`: what may not stand right before a reference. */
const BEFORE_REFERENCE = /[\p{L}\p{N}_.$\\]/u;
/** …nor right after one, with `(` (a function), `!` (a sheet) and `[`. */
const AFTER_REFERENCE = /[\p{L}\p{N}_.$\\(![]/u;

/**
 * The cell reference ([$]A-ZZZ[$]1-9999999) standing alone at `start`, read in one walk: its
 * 0-based row and column, its $ marks and where it ends; undefined when there is none.
 */
function cellReferenceAt(text: string, start: number): (Corner & { end: number }) | undefined {
  if (start > 0 && joinsReference(codePointBefore(text, start), BEFORE_REFERENCE)) return undefined;
  let at = start;
  const absCol = text.charCodeAt(at) === DOLLAR;
  if (absCol) at++;
  const lettersFrom = at;
  let col = 0;
  for (let code = text.charCodeAt(at); isAsciiLetter(code); code = text.charCodeAt(++at)) {
    col = col * 26 + ((code & ~32) - 64);
  }
  if (at === lettersFrom || at - lettersFrom > 3) return undefined;
  const absRow = text.charCodeAt(at) === DOLLAR;
  if (absRow) at++;
  const digitsFrom = at;
  let row = 0;
  for (let code = text.charCodeAt(at); isAsciiDigit(code); code = text.charCodeAt(++at)) row = row * 10 + code - 48;
  if (at === digitsFrom || at - digitsFrom > 7) return undefined;
  if (at < text.length && joinsReference(String.fromCodePoint(text.codePointAt(at)!), AFTER_REFERENCE))
    return undefined;
  return { row: row - 1, col: col - 1, absRow, absCol, end: at };
}

/** The character (a whole surrogate pair when there is one) that ends just before `index`. */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff
    ? text.slice(index - 2, index)
    : text.charAt(index - 1);
}

/** Whether a character next to a reference makes it part of a longer name. ASCII is decided without the expression. */
function joinsReference(character: string, pattern: RegExp): boolean {
  const code = character.charCodeAt(0);
  if (isAsciiLetter(code) || isAsciiDigit(code)) return true;
  return pattern.test(character);
}

interface TemplateReference {
  token: number;
  /** The sheet prefix written before the cells ("'Hoja 2'!"), or "". */
  prefix: string;
  sheet?: string;
  /** Indexes into the shape's cells: the first corner and, for ranges, the second (else -1). */
  first: number;
  second: number;
}

interface FormulaTemplate {
  tokens: readonly FormulaToken[];
  references: readonly TemplateReference[];
  /** The relative form around the references: one more piece than references. */
  relativePieces: readonly string[];
  functions: readonly string[];
  malformed: boolean;
  /** The relative forms of its copies, each kept once. */
  relatives: Map<string, string>;
  /** The last copy's corner placements (see relativeOfCopy) and its relative form. */
  lastPlacement?: Float64Array;
  lastRelative?: string;
  /** Cache of the aggregate call its copies make (null: none), read once from its tokens. */
  aggregate?: AggregatePattern | null;
}

/** A template from the first formula of a shape, or null when the shape cannot be reused. */
function buildTemplate(info: FormulaInfo, shape: FormulaShape): FormulaTemplate | null {
  const references: TemplateReference[] = [];
  const relativePieces: string[] = [];
  let piece = '';
  let next = 0; // next cell of the shape to place
  let offset = 0;
  let referenceIndex = 0;
  for (let i = 0; i < info.tokens.length; i++) {
    const t = info.tokens[i];
    const start = offset;
    offset += t.value.length;
    const ref = info.references[referenceIndex]?.token === i ? info.references[referenceIndex++] : undefined;
    // The shape's cells that fall inside this token.
    const inside: number[] = [];
    while (next < shape.offsets.length && shape.offsets[next] < offset) inside.push(next++);
    if (!ref) {
      if (inside.length) return null; // a placeholder on a name, a function or anything but a reference
      if (t.type === tokenTypes.FUNCTION) piece += t.value.toUpperCase();
      else if (t.type !== tokenTypes.WHITESPACE && t.type !== tokenTypes.NEWLINE) piece += t.value;
      continue;
    }
    // A reference the template can rebuild: [prefix!]cell or [prefix!]cell:cell, all from the shape.
    const bang = t.value.lastIndexOf('!');
    const prefix = t.value.slice(0, bang + 1);
    const local = t.value.slice(bang + 1);
    const expected = inside.map((k) => shape.cells[k]).join(':');
    if (inside.length < 1 || inside.length > 2 || local !== expected || shape.offsets[inside[0]] !== start + bang + 1) {
      return null;
    }
    const sheet = splitSheet(t.value).sheet;
    references.push({ token: i, prefix, sheet, first: inside[0], second: inside[1] ?? -1 });
    relativePieces.push(piece + (sheet === undefined ? '' : `'${sheet}'!`));
    piece = '';
  }
  if (next !== shape.cells.length || referenceIndex !== info.references.length) return null;
  relativePieces.push(piece);
  return {
    tokens: info.tokens.map((t) => ({ type: t.type, value: t.value })),
    references,
    relativePieces,
    functions: info.functions,
    malformed: info.malformed,
    relatives: new Map(),
  };
}

/** At most this many distinct relative forms are shared per template (see fromTemplate). */
const MAX_SHARED_RELATIVES = 1_000;

/**
 * A copy of a template's formula. Validation keeps one analysis per formula cell for the whole
 * run, and what it keeps is what the garbage collector copies again and again: so a copy holds
 * only what differs from its template (text, references, relative form), shares the relative
 * form with its identical siblings, and builds its tokens only when a rule asks for them (most
 * never do).
 */
class CopiedFormula implements FormulaInfo {
  aggregate: Aggregate | null | undefined = undefined;
  private tokenList: readonly Readonly<FormulaToken>[] | undefined = undefined;

  constructor(
    readonly text: string,
    readonly template: FormulaTemplate,
    readonly references: readonly FormulaReference[],
    readonly relative: string,
  ) {}

  get functions(): readonly string[] {
    return this.template.functions;
  }

  get malformed(): boolean {
    return this.template.malformed;
  }

  get tokens(): readonly Readonly<FormulaToken>[] {
    return (this.tokenList ??= copiedTokens(this.template, this.text));
  }
}

/** The copy's tokens: the template's own objects, but for the references, which are the copy's. */
function copiedTokens(template: FormulaTemplate, text: string): FormulaToken[] {
  const { cells } = formulaShape(text);
  const tokens = template.tokens.slice();
  for (const r of template.references) {
    tokens[r.token] = {
      type: template.tokens[r.token].type,
      value: r.prefix + cells[r.first] + (r.second < 0 ? '' : ':' + cells[r.second]),
    };
  }
  return tokens;
}

function fromTemplate(
  template: FormulaTemplate,
  text: string,
  shape: FormulaShape,
  row: number,
  col: number,
): FormulaInfo {
  const { corners } = shape;
  // map() sizes the array exactly; push() would leave room for 17 references in each analysis kept.
  const references = template.references.map((r) =>
    cornersReference(r.sheet, corners[r.first], corners[r.second < 0 ? r.first : r.second], r.second >= 0, r.token),
  );
  return new CopiedFormula(text, template, references, relativeOfCopy(template, corners, row, col));
}

/**
 * The copy's relative form. It depends only on where each corner sits from the host cell (or
 * where a $ pins it): a copy down a column repeats the previous copy's placement, and takes its
 * string as it is; the others build theirs, kept once per template when several copies share it.
 */
function relativeOfCopy(template: FormulaTemplate, corners: readonly Corner[], row: number, col: number): string {
  let placement = template.lastPlacement;
  let same = placement !== undefined && placement.length === corners.length * 2;
  if (!same) placement = template.lastPlacement = new Float64Array(corners.length * 2);
  for (let i = 0; i < corners.length; i++) {
    const { row: r, col: c, absRow, absCol } = corners[i];
    // A pinned coordinate is stored as -1 - value, a relative one as its offset plus 2^21 (> 0).
    const rowCode = absRow ? -1 - r : r - row + 2_097_152;
    const colCode = absCol ? -1 - c : c - col + 2_097_152;
    if (placement![2 * i] !== rowCode || placement![2 * i + 1] !== colCode) {
      same = false;
      placement![2 * i] = rowCode;
      placement![2 * i + 1] = colCode;
    }
  }
  if (same && template.lastRelative !== undefined) return template.lastRelative;
  let relative = '';
  for (let i = 0; i < template.references.length; i++) {
    const r = template.references[i];
    const start = corners[r.first];
    const end = r.second < 0 ? start : corners[r.second];
    relative +=
      template.relativePieces[i] +
      relPart(start.row, row, start.absRow, 'R') +
      relPart(start.col, col, start.absCol, 'C') +
      (r.second < 0 ? '' : ':' + relPart(end.row, row, end.absRow, 'R') + relPart(end.col, col, end.absCol, 'C'));
  }
  relative += template.relativePieces[template.references.length];
  // Copies that are not neighbours may still share a relative form: keep one string for them all.
  const shared = template.relatives.get(relative);
  if (shared !== undefined) relative = shared;
  else if (template.relatives.size < MAX_SHARED_RELATIVES) template.relatives.set(relative, relative);
  template.lastRelative = relative;
  return relative;
}

/** Aggregating functions whose range arguments are meant to cover a block of numbers. */
export const AGGREGATE_FUNCTIONS = new Set(['SUM', 'SUBTOTAL', 'AGGREGATE', 'SUMA', 'AVERAGE', 'PROMEDIO']);

export interface TopLevelCall {
  name: string;
  /** References that are direct arguments of the call. */
  args: FormulaReference[];
}

/**
 * When the whole formula is one call whose arguments are only references and numbers
 * (`SUM(C3:C7)`, `SUM(D4,D6,D9)`, `SUBTOTAL(9,C3:C7)`), returns it; otherwise undefined.
 */
export function topLevelCall(info: FormulaInfo): TopLevelCall | undefined {
  const significant: number[] = [];
  info.tokens.forEach((tok, i) => {
    if (tok.type !== tokenTypes.WHITESPACE && tok.type !== tokenTypes.NEWLINE) significant.push(i);
  });
  const at = (k: number): FormulaToken => info.tokens[significant[k]];
  const n = significant.length;
  if (n < 3 || at(0).type !== tokenTypes.FUNCTION || at(1).value !== '(' || at(n - 1).value !== ')') return undefined;
  const refByToken = new Map(info.references.map((r) => [r.token, r]));
  const args: FormulaReference[] = [];
  for (let k = 2; k < n - 1; k++) {
    const tok = at(k);
    if (tok.value === ',' || tok.type === tokenTypes.NUMBER) continue;
    const ref = refByToken.get(significant[k]);
    if (!ref) return undefined;
    args.push(ref);
  }
  return { name: at(0).value.toUpperCase(), args };
}

export interface Aggregate {
  /** SUM, SUBTOTAL, … */
  readonly name: string;
  /** True when the result is a plain sum of its references (SUM, SUBTOTAL 9). */
  readonly plainSum: boolean;
  /** SUBTOTAL skips other SUBTOTALs in its range. */
  readonly skipsSubtotals: boolean;
  readonly args: readonly FormulaReference[];
  /** Numeric literals among the arguments (besides SUBTOTAL's function number). */
  readonly literals: number;
}

/** An aggregate call read from tokens; its reference arguments are the formula's references. */
interface AggregatePattern {
  readonly name: string;
  readonly plainSum: boolean;
  readonly skipsSubtotals: boolean;
  readonly literals: number;
}

/**
 * The formula as one aggregate call over references (`SUM(C3:C7)`, `SUBTOTAL(9,C3:C7)`).
 * Several rules ask the same formula (and range-omits-cells asks each neighbour again): the
 * answer is kept on the analysis, which the view caches per cell (a WeakMap of tens of
 * thousands of analyses cost more in garbage collection than it saved). Copies of a template
 * make the same call: its tokens are read once, for all of them.
 */
export function aggregateOf(info: FormulaInfo): Aggregate | undefined {
  let aggregate = info.aggregate;
  if (aggregate === undefined) {
    let pattern: AggregatePattern | null;
    if (info instanceof CopiedFormula) {
      const { template } = info;
      if (template.aggregate === undefined) template.aggregate = readAggregate(template);
      pattern = template.aggregate;
    } else pattern = readAggregate(info);
    info.aggregate = aggregate = pattern && {
      name: pattern.name,
      plainSum: pattern.plainSum,
      skipsSubtotals: pattern.skipsSubtotals,
      // Every reference of an aggregate formula is one of its arguments (readAggregate refuses
      // anything else): the formula's own list, not a copy of it kept beside it.
      args: info.references,
      literals: pattern.literals,
    };
  }
  return aggregate ?? undefined;
}

/** What the aggregate call is read from: a formula's analysis, or a template (the same for all its copies). */
interface AggregateSource {
  readonly tokens: readonly Readonly<FormulaToken>[];
  /** In token order. */
  readonly references: readonly { readonly token: number }[];
  readonly functions: readonly string[];
  readonly malformed: boolean;
}

function readAggregate({ tokens, references, functions, malformed }: AggregateSource): AggregatePattern | null {
  if (malformed || functions.length !== 1 || !AGGREGATE_FUNCTIONS.has(functions[0])) return null;
  // One pass over the tokens: NAME ( ref|number , … ). References come in token order, and each
  // must be the next argument: a formula with a reference anywhere else is no aggregate.
  const numbers: number[] = [];
  let stage = 0; // 0: function, 1: "(", 2: arguments, 3: after ")"
  let nextRef = 0;
  for (let i = 0; i < tokens.length; i++) {
    const { type, value } = tokens[i];
    if (type === 'whitespace' || type === 'newline') continue;
    if (stage === 0) {
      if (type !== 'func') return null;
      stage = 1;
    } else if (stage === 1) {
      if (value !== '(') return null;
      stage = 2;
    } else if (stage === 2) {
      if (nextRef < references.length && references[nextRef].token === i) nextRef++;
      else if (type === 'number') numbers.push(Number(value));
      else if (value === ')') stage = 3;
      else if (value !== ',') return null;
    } else return null;
  }
  if (stage !== 3 || nextRef !== references.length) return null;
  const name = functions[0];
  if (name === 'SUBTOTAL') {
    return { name, plainSum: numbers[0] === 9, skipsSubtotals: true, literals: numbers.length - 1 };
  }
  return {
    name,
    plainSum: name === 'SUM' || name === 'SUMA',
    skipsSubtotals: false,
    literals: numbers.length,
  };
}
