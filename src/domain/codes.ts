/**
 * Programmatic and institution codes (MINFIN red de categorías programáticas).
 *
 * A budget structure is Programa (2 digits) – Subprograma (2) – Proyecto (2 or 3) – Actividad (3);
 * a full budget line adds Obra (3), Renglón (3), Ubicación geográfica (4) and Fuente (2).
 * Codes arrive typed as text ("01", "001") or as numbers (Excel drops the leading zeros of 1),
 * one segment per column or combined in one cell ("11-00-00-002", "11 00 00 002").
 *
 * Decision: a number is padded to the segment's width (1 in a Programa column means "01"),
 * because that is what Excel does to a code typed without an apostrophe (a "00" format shows it
 * as 01) and the meaning is not in doubt. Text is what the person typed on purpose, so text
 * shorter than the width ("1", or "00" as an actividad) is `short`: the parser still says which
 * code it would be, and `form/programmatic-code` reports it. Text longer than the width, with
 * letters, or a decimal or negative number is invalid.
 */
import type { CellValue } from '../core';

export const CODE_SEGMENTS = [
  'programa',
  'subprograma',
  'proyecto',
  'actividad',
  'obra',
  'renglon',
  'ubicacion',
  'fuente',
] as const;
export type CodeSegment = (typeof CODE_SEGMENTS)[number];

/** The widths each segment may have, in digits (Proyecto accepts 2 or 3). */
export const SEGMENT_WIDTHS: Readonly<Record<CodeSegment, readonly number[]>> = {
  programa: [2],
  subprograma: [2],
  proyecto: [2, 3],
  actividad: [3],
  obra: [3],
  renglon: [3],
  ubicacion: [4],
  fuente: [2],
};

/** Spanish names for messages. */
export const SEGMENT_NAMES: Readonly<Record<CodeSegment, string>> = {
  programa: 'programa',
  subprograma: 'subprograma',
  proyecto: 'proyecto',
  actividad: 'actividad',
  obra: 'obra',
  renglon: 'renglón',
  ubicacion: 'ubicación geográfica',
  fuente: 'fuente de financiamiento',
};

export type SegmentProblem =
  /** Nothing in the cell. */
  | 'empty'
  /** Text that is not made of digits, a decimal, a negative number, a boolean or an error. */
  | 'not-digits'
  /** More digits than the segment allows. */
  | 'too-long'
  /** Text with fewer digits than the segment's width: accepted, but better typed in full. */
  | 'short';

export interface SegmentResult {
  segment: CodeSegment;
  /** The normalised code ("01"), when the value can be read as this segment. */
  code?: string;
  /** What is wrong, if anything ('short' still carries a code). */
  problem?: SegmentProblem;
  /** The value as written, for messages. */
  raw: string;
}

function rawText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}

/** Human description of the digits a segment needs: "2", "2 o 3". */
export function segmentWidthText(segment: CodeSegment): string {
  return SEGMENT_WIDTHS[segment].join(' o ');
}

/** Reads one segment from a cell value (text or number). */
export function parseSegment(value: CellValue | undefined, segment: CodeSegment): SegmentResult {
  const raw = rawText(value).trim();
  const widths = SEGMENT_WIDTHS[segment];
  const minWidth = widths[0];
  const maxWidth = widths[widths.length - 1];
  if (value === null || value === undefined || raw === '') return { segment, problem: 'empty', raw };
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 0) return { segment, problem: 'not-digits', raw };
    const digits = String(value);
    if (digits.length > maxWidth) return { segment, problem: 'too-long', raw };
    return { segment, code: digits.padStart(minWidth, '0'), raw };
  }
  if (typeof value !== 'string' || !/^\d+$/.test(raw)) return { segment, problem: 'not-digits', raw };
  if (raw.length > maxWidth) return { segment, problem: 'too-long', raw };
  if (raw.length < minWidth) return { segment, code: raw.padStart(minWidth, '0'), problem: 'short', raw };
  // Proyecto "01" and "001" are both well formed; keep what was typed.
  return { segment, code: raw, raw };
}

/** True when the result can be used as a code (well formed, or short but unambiguous). */
export function isUsableSegment(result: SegmentResult): boolean {
  return result.code !== undefined;
}

/** The structures a combined code may describe, by number of segments. */
const STRUCTURES: Readonly<Record<number, readonly CodeSegment[]>> = {
  4: ['programa', 'subprograma', 'proyecto', 'actividad'],
  5: ['programa', 'subprograma', 'proyecto', 'actividad', 'obra'],
  8: CODE_SEGMENTS,
};

export interface CombinedCode {
  /** The normalised code joined with "-", when every segment is well formed. */
  code?: string;
  segments: SegmentResult[];
  /** Why the text is not a valid code (undefined when it is). */
  problem?: 'segment-count' | 'segment';
}

/**
 * Parses a combined code "11-00-00-002" / "11 00 00 002" / "11-00-00-002-000" (with obra) /
 * a full budget line of eight segments. Segments typed as text must have their full width here:
 * "11-0-3-0-1" is not a code, whatever it was meant to be.
 */
export function parseCombinedCode(text: string): CombinedCode {
  const parts = text
    .trim()
    .split(/\s*[-–]\s*|\s+/)
    .filter((p) => p !== '');
  const structure = STRUCTURES[parts.length];
  if (!structure) {
    return { segments: [], problem: 'segment-count' };
  }
  const segments = parts.map((part, i) => parseSegment(part, structure[i]));
  const bad = segments.some((s) => s.problem !== undefined);
  if (bad) return { segments, problem: 'segment' };
  return { code: segments.map((s) => s.code).join('-'), segments };
}

/** A run of digit groups inside free text that looks like a code ("11-0-3-0-1"), with offsets. */
export interface CodeLikeToken {
  text: string;
  start: number;
  end: number;
  parsed: CombinedCode;
}

/**
 * Finds digit groups joined by hyphens (at least four groups, as a programmatic code has) inside
 * a text such as a ficha's "Fórmula de cálculo". Year ranges ("2026-2030") have two groups and
 * are not taken; dates ("01-04-2025") have three.
 */
export function findCodeLikeTokens(text: string): CodeLikeToken[] {
  const tokens: CodeLikeToken[] = [];
  const re = /(?<![\d.,])\d{1,4}(?:\s?-\s?\d{1,4}){3,}(?![\d.,]*\d)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, parsed: parseCombinedCode(m[0]) });
  }
  return tokens;
}

/** The four segments of a programmatic matrix row, as cell values. */
export interface ProgrammaticCells {
  programa?: CellValue;
  subprograma?: CellValue;
  proyecto?: CellValue;
  actividad?: CellValue;
}

const ROW_SEGMENTS = ['programa', 'subprograma', 'proyecto', 'actividad'] as const;
export type RowSegment = (typeof ROW_SEGMENTS)[number];

export interface RowCodeAnalysis {
  segments: Record<RowSegment, SegmentResult>;
  /** "01-00-00-001" when all four segments are usable. */
  code?: string;
  /**
   * When the leading segments are empty and the rest hold values that fit the earlier
   * segments, the values slid to the right by `by` columns: `corrected` is where they belong
   * (a segment left without a value is missing).
   */
  slid?: { by: number; corrected: Partial<Record<RowSegment, string>>; missing: RowSegment[] };
}

function fitsSegment(result: SegmentResult, segment: CodeSegment): string | undefined {
  const again = parseSegment(result.raw === '' ? null : result.raw, segment);
  return again.code !== undefined && again.problem === undefined ? again.code : undefined;
}

/**
 * Reads the four code cells of a product row and detects a slide: "", "99", "00", "00" is
 * programa 99, subprograma 00, proyecto 00 with the actividad missing.
 */
export function analyzeRowCode(cells: ProgrammaticCells): RowCodeAnalysis {
  const segments = {} as Record<RowSegment, SegmentResult>;
  for (const segment of ROW_SEGMENTS) segments[segment] = parseSegment(cells[segment], segment);
  const analysis: RowCodeAnalysis = { segments };
  if (ROW_SEGMENTS.every((s) => isUsableSegment(segments[s]))) {
    analysis.code = ROW_SEGMENTS.map((s) => segments[s].code).join('-');
    return analysis;
  }
  let leadingEmpty = 0;
  while (leadingEmpty < ROW_SEGMENTS.length && segments[ROW_SEGMENTS[leadingEmpty]].problem === 'empty') leadingEmpty++;
  const rest = ROW_SEGMENTS.slice(leadingEmpty);
  if (leadingEmpty === 0 || leadingEmpty === ROW_SEGMENTS.length) return analysis;
  if (rest.some((s) => segments[s].problem === 'empty')) return analysis;
  const corrected: Partial<Record<RowSegment, string>> = {};
  for (let i = 0; i < rest.length; i++) {
    const target = ROW_SEGMENTS[i];
    const source = segments[rest[i]];
    // A number keeps its meaning wherever it sits; text must fit the target width exactly.
    const code =
      typeof cells[rest[i]] === 'number' ? parseSegment(cells[rest[i]], target).code : fitsSegment(source, target);
    if (code === undefined) return analysis;
    corrected[target] = code;
  }
  analysis.slid = { by: leadingEmpty, corrected, missing: ROW_SEGMENTS.slice(rest.length) };
  return analysis;
}

export interface InstitutionCode {
  /** "1120-0069-000-000" normalised, when valid. */
  code?: string;
  entity?: string;
  unit?: string;
  problem?: 'format';
}

/**
 * Institution code as MINFIN prints it: entidad (4) – unidad ejecutora (4) – 3 – 3, e.g.
 * "1120-0069-000-000", possibly followed by the institution's name.
 */
export function parseInstitutionCode(text: string): InstitutionCode {
  const m = /^\s*(\d{4})\s*-\s*(\d{4})\s*-\s*(\d{3})\s*-\s*(\d{3})(?!\d)/.exec(text);
  if (!m) return { problem: 'format' };
  return { code: `${m[1]}-${m[2]}-${m[3]}-${m[4]}`, entity: m[1], unit: m[2] };
}
