/**
 * planifica.config.json as the command line and the pane both read it: the text checked with the
 * zod schema of src/core/settings-schema.ts (plus the rule ids that exist), and the settings turned into
 * what `applySettings` needs. One implementation for `planifica validate` and the task pane.
 */
import type { ApplyOptions, Settings } from '../core/settings';
import { createUnitCatalog } from '../domain/catalog';
import { clip, formatIssues, spanishErrorMap } from '../domain/model-errors';
import { checkModelInput, decodeModelBytes, parseJsonText } from '../domain/model-input';
import { allRules } from './index';

export type ParsedSettings = { ok: true; settings: Settings } | { ok: false; errors: string[] };

/** Rule ids and group wildcards the settings may name. */
function knownRuleKeys(): Set<string> {
  const ids = allRules.map((rule) => rule.meta.id);
  return new Set(['*', ...ids, ...ids.map((id) => `${id.split('/')[0]}/*`)]);
}

/** Checks a decoded JSON value; errors are "campo: motivo" lines in Spanish. */
export function checkSettings(data: unknown): ParsedSettings {
  const inputErrors = checkModelInput(data);
  if (inputErrors.length > 0) return { ok: false, errors: inputErrors };
  // zod loads here, when a settings file is read, not on every validation.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { settingsSchema } = require('../core/settings-schema') as typeof import('../core/settings-schema');
  const parsed = settingsSchema.safeParse(data, { error: spanishErrorMap, reportInput: true });
  if (!parsed.success) return { ok: false, errors: formatIssues(parsed.error.issues) };
  const known = knownRuleKeys();
  const unknown = Object.keys(parsed.data.rules ?? {}).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      errors: unknown.map((id) => `rules.${clip(id)}: no existe esa regla (planifica rules las lista)`),
    };
  }
  return { ok: true, settings: parsed.data };
}

/** Parses a config file's text (as the pane keeps it). */
export function parseSettingsText(text: string): ParsedSettings {
  const json = parseJsonText(text);
  return json.ok ? checkSettings(json.data) : { ok: false, errors: [json.error] };
}

/** Parses the bytes of a config file (UTF-8, BOM accepted). */
export function parseSettings(bytes: Uint8Array): ParsedSettings {
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return parseSettingsText(decoded.text);
}

/**
 * What the settings do to a run's findings: the rule ceilings, and the institution's extra units
 * authorised (findings about them dropped).
 */
export function settingsOptions(settings: Settings): ApplyOptions {
  const rules = settings.rules;
  const units = settings.catalogs?.units ?? [];
  const extraUnits = units.length > 0 ? createUnitCatalog(units) : undefined;
  return {
    rules: rules && Object.keys(rules).length > 0 ? rules : undefined,
    authorised: extraUnits
      ? (finding) =>
          finding.rule === 'catalog/unit-of-measure' &&
          (typeof finding.actual === 'string'
            ? extraUnits.has(finding.actual)
            : // The note that a workbook carries units of its own says nothing new when the
              // reviewer's settings authorise every one of them.
              finding.messageId === 'extended' &&
              String(finding.data?.units ?? '')
                .split(', ')
                .every((unit) => extraUnits.has(unit)))
      : undefined,
  };
}
