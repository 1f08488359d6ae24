/**
 * A person's settings (planifica.config.json, in the spirit of ESLint's): a severity ceiling per
 * rule, the institution's own catalogue entries, and the plan years. Applied *after* the rules
 * ran, over their findings, so no rule needs to know about settings:
 * - a ceiling only lowers: "warning" turns a rule's errors into warnings and leaves its warnings
 *   and advice alone; "off" drops the rule's findings;
 * - a finding about a value the institution authorised (an extra unit of measure) is dropped.
 * The counts are recomputed from what remains. Pure: no Node, no DOM.
 */
import { z } from 'zod';
import { SEVERITY_ORDER, summarize, type Finding, type Severity, type Summary } from './finding';

export const RULE_SETTINGS = ['error', 'warning', 'info', 'off'] as const;
export type RuleSetting = (typeof RULE_SETTINGS)[number];

const nonEmpty = z.string().trim().min(1);
const year = z.number().int().min(2000).max(2100);

export const settingsSchema = z.strictObject({
  /** Editors' schema reference; ignored. */
  $schema: z.string().optional().describe('Ruta del esquema JSON para el editor.'),
  /** Rule id (or "group/*") → the most severe level its findings may have, or "off". */
  rules: z
    .record(nonEmpty, z.enum(RULE_SETTINGS))
    .optional()
    .describe('Severidad máxima por regla (id, "grupo/*" o "*"): error, warning, info u off.'),
  /** Catalogue entries the institution authorises besides the standard ones. */
  catalogs: z
    .strictObject({
      units: z.array(nonEmpty).optional().describe('Unidades de medida propias de la institución.'),
    })
    .optional()
    .describe('Entradas de catálogo que la institución autoriza además de las estándar.'),
  /** The plan's years: what `generate` writes when no --years is given. */
  years: z
    .strictObject({ from: year, to: year })
    .refine((y) => y.to >= y.from && y.to - y.from <= 9, {
      message: 'los años van de "from" a "to" (de 1 a 10 años)',
    })
    .optional()
    .describe('Años del plan, para generate sin --years.'),
});
export type Settings = z.infer<typeof settingsSchema>;

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
