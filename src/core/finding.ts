/** The finding vocabulary of CONTRACT.md. Extend it, never rename it. */

export const FINDING_KINDS = [
  'error-value',
  'inconsistent-formula',
  'range-omits-cells',
  'hardcoded-total',
  'number-as-text',
  'empty-reference',
  'total-mismatch',
  'cross-sheet-mismatch',
  'invalid-code',
  'missing-field',
  'duplicate-id',
  'narrative-mismatch',
  'unknown-value',
  'out-of-range',
  'structure',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface CellRef {
  sheet: string;
  range: string;
}

/** How expected/actual are shown: the pane and reports format them by meaning. */
export const VALUE_TYPES = ['money', 'quantity', 'percent', 'code', 'year', 'text', 'formula'] as const;
export type ValueType = (typeof VALUE_TYPES)[number];

/** One edit: a formula (with its `=`) or a value for a cell; `sheet` defaults to the finding's. */
export interface FindingFix {
  sheet?: string;
  range: string;
  formula?: string;
  value?: string | number | boolean | null;
}

/** A candidate remedy when none is certain: a person chooses. */
export interface FindingSuggestion {
  message: string;
  fix: FindingFix;
}

export type FindingData = Record<string, string | number>;

export interface Finding {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  sheet: string;
  range: string;
  message: string;
  expected?: string | number | boolean | null;
  actual?: string | number | boolean | null;
  related?: CellRef[];
  fix?: FindingFix;
  suggestions?: FindingSuggestion[];
  valueType?: ValueType;
  /** 0..1: how sure the rule is; it decides the severity (see severityFor). The engine always sets it. */
  confidence?: number;
  /** Other rules that saw the same cause (merged into this finding: one mistake, one finding). */
  also?: string[];
  /** Message id inside the rule, and the data that fills it: tests compare these, not sentences. */
  messageId: string;
  data?: FindingData;
}

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  sheets: number;
  cells: number;
  ms: number;
}

export function summarize(findings: readonly Finding[], sheets: number, cells: number, ms: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, sheets, cells, ms };
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The more serious of two severities. */
export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER[a] <= SEVERITY_ORDER[b] ? a : b;
}

/**
 * Confidence decides severity: `error` only when sure (≥ 0.9), `warning` when likely (≥ 0.6),
 * `info` when worth a look; never above the rule's ceiling (its default severity).
 */
export const CONFIDENCE_FOR: Record<Severity, number> = { error: 0.9, warning: 0.6, info: 0 };

export function severityFor(confidence: number, ceiling: Severity): Severity {
  const band: Severity =
    confidence >= CONFIDENCE_FOR.error ? 'error' : confidence >= CONFIDENCE_FOR.warning ? 'warning' : 'info';
  return SEVERITY_ORDER[band] < SEVERITY_ORDER[ceiling] ? ceiling : band;
}

/** The confidence of a finding whose rule states none: a plain check is as sure as its severity says. */
export const DEFAULT_CONFIDENCE: Record<Severity, number> = { error: 1, warning: 0.75, info: 0.5 };
