/**
 * The engine: runs rules over a snapshot and returns sorted findings with a summary.
 * A rule that throws is reported as a `structure` finding instead of taking the run down.
 */
import { parseRange } from './address';
import {
  DEFAULT_CONFIDENCE,
  SEVERITY_ORDER,
  severityFor,
  summarize,
  type Finding,
  type Severity,
  type Summary,
} from './finding';
import { mergeFindings } from './merge';
import { interpolate, type AnyRule, type RawReport, type RuleContext } from './rule';
import type { WorkbookSnapshot } from './snapshot';
import { WorkbookView } from './view';

export interface ValidateOptions {
  /** Rule ids to run (default: all given). */
  only?: readonly string[];
  /** Per-rule severity overrides, or "off". */
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Keep every rule's finding as reported, without folding one mistake's findings into one. */
  unmerged?: boolean;
  /** Clock, injectable for deterministic tests. */
  now?: () => number;
}

export interface ValidationResult {
  findings: Finding[];
  summary: Summary;
  view: WorkbookView;
}

function positionKey(range: string): number {
  const box = parseRange(range.split(':')[0]);
  return box ? box.top * 16384 + box.left : 0;
}

export function validate(
  snapshot: WorkbookSnapshot,
  rules: readonly AnyRule[],
  options: ValidateOptions = {},
): ValidationResult {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const view = new WorkbookView(snapshot);
  const findings: Finding[] = [];
  const only = options.only ? new Set(options.only) : undefined;

  for (const rule of rules) {
    if (only && !only.has(rule.meta.id)) continue;
    const override = options.severities?.[rule.meta.id];
    if (override === 'off') continue;
    const defaultSeverity = override ?? rule.meta.severity;
    const messages = rule.meta.messages as Record<string, string>;
    const report = (d: RawReport): void => {
      const data = d.data;
      const severity =
        override ??
        d.severity ??
        (d.confidence === undefined ? defaultSeverity : severityFor(d.confidence, defaultSeverity));
      const finding: Finding = {
        rule: rule.meta.id,
        kind: rule.meta.kind,
        severity,
        sheet: d.sheet,
        range: d.range,
        message: interpolate(messages[d.messageId] ?? d.messageId, data),
        confidence: d.confidence ?? DEFAULT_CONFIDENCE[severity],
        messageId: d.messageId,
      };
      if (data) finding.data = data;
      if (d.expected !== undefined) finding.expected = d.expected;
      if (d.actual !== undefined) finding.actual = d.actual;
      if (d.related?.length) finding.related = d.related;
      if (d.fix) finding.fix = d.fix;
      if (d.suggestions?.length) finding.suggestions = d.suggestions;
      if (d.valueType) finding.valueType = d.valueType;
      findings.push(finding);
    };
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      rule.create({ workbook: view, report: report as RuleContext<any>['report'] });
    } catch (error) {
      findings.push({
        rule: rule.meta.id,
        kind: 'structure',
        severity: 'warning',
        sheet: view.sheets[0]?.name ?? '',
        range: 'A1',
        messageId: 'internal',
        confidence: 1,
        message: `La regla ${rule.meta.id} no pudo terminar: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  const sheetOrder = new Map(view.sheets.map((s) => [s.name, s.index]));
  const merged = options.unmerged ? findings : mergeFindings(findings);
  // Grouped by sheet in workbook order; within a sheet, the surest and most serious first.
  const keyed = merged.map((f) => ({ f, key: positionKey(f.range) }));
  keyed.sort(
    (a, b) =>
      (sheetOrder.get(a.f.sheet) ?? 1e9) - (sheetOrder.get(b.f.sheet) ?? 1e9) ||
      SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
      (b.f.confidence ?? 1) - (a.f.confidence ?? 1) ||
      a.key - b.key ||
      a.f.rule.localeCompare(b.f.rule),
  );
  const sorted = keyed.map((k) => k.f);
  return { findings: sorted, summary: summarize(sorted, view.sheets.length, view.cellCount, now() - started), view };
}
