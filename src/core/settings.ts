/**
 * A person's settings (planifica.config.json, in the spirit of ESLint's): a severity ceiling per
 * rule, the institution's own catalogue entries, and the plan years. Applied *after* the rules
 * ran, over their findings, so no rule needs to know about settings (the file's schema is in
 * settings-schema.ts):
 * - a ceiling only lowers: "warning" turns a rule's errors into warnings and leaves its warnings
 *   and advice alone; "off" drops the rule's findings;
 * - a finding about a value the institution authorised (an extra unit of measure) is dropped.
 * The counts are recomputed from what remains. Pure: no Node, no DOM.
 */
import { SEVERITY_ORDER, summarize, type Finding, type Severity, type Summary } from './finding';
// Type only: the zod schema loads when a settings file is read, not on every validation.
import type { Settings } from './settings-schema';

export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

export type { Settings };

/** The setting for a rule: its own id first, then its group ("totals/*"), then "*". */
export function ruleSetting(rules: Settings['rules'], ruleId: string): RuleSetting | undefined {
  if (!rules) return undefined;
  const group = ruleId.includes('/') ? `${ruleId.slice(0, ruleId.indexOf('/'))}/*` : undefined;
  return rules[ruleId] ?? (group ? rules[group] : undefined) ?? rules['*'];
}

export interface ApplyOptions {
  rules?: Settings['rules'];
  /** True for a finding about a value the settings authorise (it is then dropped). */
  authorised?: (finding: Finding) => boolean;
}

/** Findings after the settings; the same array when nothing applies. */
export function applySettings(findings: readonly Finding[], options: ApplyOptions): Finding[] {
  const { rules, authorised } = options;
  if (!rules && !authorised) return [...findings];
  const out: Finding[] = [];
  for (const finding of findings) {
    if (authorised?.(finding)) continue;
    const setting = ruleSetting(rules, finding.rule);
    if (setting === 'off') continue;
    if (setting && SEVERITY_ORDER[setting] > SEVERITY_ORDER[finding.severity]) {
      out.push({ ...finding, severity: setting as Severity });
    } else {
      out.push(finding);
    }
  }
  // Keep the engine's order (sheet, position), but severities may have changed within a cell.
  return out;
}

/** The summary of a run after its findings changed: same sheets, cells and time, new counts. */
export function resummarize(findings: readonly Finding[], summary: Summary): Summary {
  return summarize(findings, summary.sheets, summary.cells, summary.ms);
}
