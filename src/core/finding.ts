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

export interface FindingFix {
  range: string;
  formula?: string;
  value?: string | number | boolean | null;
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
