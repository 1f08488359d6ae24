/**
 * Result statements of the chain of results (SEGEPLAN):
 *
 *   "Para el año 2026 se ha incrementado la protección de derechos a personas migrantes a
 *    686,372 personas acumulado (de 64,660 en el año 2021 a 686,372 personas en el año 2026)."
 *
 * The parser returns each part with its character offsets in the original text, so a rule can
 * say which number contradicts which. It tolerates what people type: missing accents ("ano"),
 * upper case, a missing parenthesis or final period, "reducido" / "disminuido" / "aumentado",
 * and numbers written "686,372", "1,347,953" or "11".
 */

/** A number or year found in the statement, with its offsets [start, end) in the text. */
export interface StatementNumber {
  value: number;
  text: string;
  start: number;
  end: number;
}

export type StatementDirection = 'increase' | 'decrease';

export interface ParsedStatement {
  /** "Para el año Y": the year the result is reached. */
  year: StatementNumber;
  direction: StatementDirection;
  /** The verb as written ("incrementado"). */
  verb: string;
  /** What changes: "la protección de derechos a personas migrantes". */
  subject: string;
  /** "a N <unidad>": the value reached. */
  target: StatementNumber;
  targetUnit?: string;
  /** True when the statement says "acumulado". */
  cumulative: boolean;
  /** "(de B [unidad] en el año Y0": the baseline, when written. */
  baseline?: { value: StatementNumber; unit?: string; year: StatementNumber };
  /** "a N' [unidad] en el año Y')": the value reached repeated, when written. */
  final?: { value: StatementNumber; unit?: string; year: StatementNumber };
}

/**
 * Lower-cases and strips accents character by character so that offsets in the folded text are
 * offsets in the original text.
 */
function fold(text: string): string {
  let out = '';
  for (const ch of text) {
    const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    out += folded.length === ch.length ? folded : ch.length === 1 ? '?' : ch;
  }
  return out;
}

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const YEAR = String.raw`(?<!\d)(?:19|20)\d{2}(?!\d)`;

/** "1,347,953" → 1347953; "83.5" → 83.5. */
export function parseStatementNumber(text: string): number {
  return Number(text.replace(/,/g, ''));
}

function located(match: RegExpExecArray, group: string): StatementNumber | undefined {
  const text = match.groups?.[group];
  const indices = match.indices?.groups?.[group];
  if (text === undefined || !indices) return undefined;
  return { value: parseStatementNumber(text), text, start: indices[0], end: indices[1] };
}

function slice(original: string, match: RegExpExecArray, group: string): string | undefined {
  const indices = match.indices?.groups?.[group];
  if (!indices) return undefined;
  const text = original
    .slice(indices[0], indices[1])
    .trim()
    .replace(/[\s,]+$/, '');
  return text === '' ? undefined : text;
}

// The head: "para el año Y se ha incrementado <subject> a N <unit> [acumulado]".
const HEAD = String.raw`para\s+el\s+(?:ano\s+)?(?<year>${YEAR})\s*,?\s+se\s+(?:ha|han|habra|habran)\s+(?<verb>incrementado|aumentado|reducido|disminuido)\s+(?<subject>.*?)\s+a\s+(?<target>${NUMBER})(?![\d,]*\d)\s*(?<unit>%|[^\d(.;,]*?)(?=\s*(?:[,(.;]|acumulad|de\s+\d|$))\s*,?\s*(?<cumulative>acumulad[oa]s?)?`;
// The parenthesis: "(de B [unit] en el año Y0 a N' [unit] en el año Y')"; either parenthesis may be missing.
const DETAIL = String.raw`\s*,?\s*\(?\s*de\s+(?<baseline>${NUMBER})\s*(?<baselineUnit>%|[^\d(]*?)\s*,?\s*en\s+el\s+ano\s+(?<baselineYear>${YEAR})\s*,?\s*a\s+(?<final>${NUMBER})\s*(?<finalUnit>%|[^\d(]*?)\s*,?\s*en\s+el\s+ano\s+(?<finalYear>${YEAR})`;

const FULL_RE = new RegExp(HEAD + DETAIL, 'd');
const HEAD_RE = new RegExp(HEAD, 'd');

const DECREASE = new Set(['reducido', 'disminuido']);

/**
 * Parses a result statement; undefined when the text is not one ("Descripción de Resultado").
 * A statement without its parenthesis returns the head only (no `baseline`, no `final`).
 */
export function parseResultStatement(text: string): ParsedStatement | undefined {
  const folded = fold(text);
  const full = FULL_RE.exec(folded);
  const match = full ?? HEAD_RE.exec(folded);
  if (!match) return undefined;
  const year = located(match, 'year');
  const target = located(match, 'target');
  const verbIndices = match.indices?.groups?.verb;
  if (!year || !target || !verbIndices) return undefined;
  const verb = text.slice(verbIndices[0], verbIndices[1]);
  const statement: ParsedStatement = {
    year,
    direction: DECREASE.has(match.groups?.verb ?? '') ? 'decrease' : 'increase',
    verb,
    subject: slice(text, match, 'subject') ?? '',
    target,
    cumulative: match.groups?.cumulative !== undefined,
  };
  const targetUnit = slice(text, match, 'unit');
  if (targetUnit) statement.targetUnit = targetUnit;
  if (full) {
    const baseline = located(full, 'baseline');
    const baselineYear = located(full, 'baselineYear');
    const final = located(full, 'final');
    const finalYear = located(full, 'finalYear');
    if (baseline && baselineYear) {
      statement.baseline = { value: baseline, year: baselineYear };
      const unit = slice(text, full, 'baselineUnit');
      if (unit) statement.baseline.unit = unit;
    }
    if (final && finalYear) {
      statement.final = { value: final, year: finalYear };
      const unit = slice(text, full, 'finalUnit');
      if (unit) statement.final.unit = unit;
    }
  }
  return statement;
}

/** A year range named in a sentence: "para los años 2025 al 2029", "2026-2030". */
export interface YearSpan {
  from: StatementNumber;
  to: StatementNumber;
  text: string;
  start: number;
  end: number;
}

const SPAN_RE = new RegExp(
  String.raw`(?:\banos?\s+|\bperiodo\s+|\bde(?:l)?\s+)?(?<from>${YEAR})\s*(?:al?|hasta(?:\s+el)?|-|–)\s*(?:el\s+)?(?:ano\s+)?(?<to>${YEAR})`,
  'dg',
);

/**
 * Finds the year ranges named in a text. Only ranges that run forward and span at most
 * twenty years are kept ("2021 a 2026" in a statement is a baseline, the caller decides).
 */
export function findYearSpans(text: string): YearSpan[] {
  const folded = fold(text);
  const spans: YearSpan[] = [];
  SPAN_RE.lastIndex = 0;
  for (let m = SPAN_RE.exec(folded); m; m = SPAN_RE.exec(folded)) {
    const from = located(m, 'from');
    const to = located(m, 'to');
    if (!from || !to || to.value <= from.value || to.value - from.value > 20) continue;
    spans.push({ from, to, text: text.slice(from.start, to.end), start: from.start, end: to.end });
  }
  return spans;
}
