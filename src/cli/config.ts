/**
 * planifica.config.json: the file named by --config, or the first one found in the current
 * folder and its parents. Checked with zod (src/core/settings-schema.ts); unknown keys, wrong types and
 * unknown rule ids are one Spanish line naming the field. Flags on the command line beat it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Settings } from '../core/settings';
import { formatIssues, spanishErrorMap, summarizeErrors, clip } from '../domain/model-errors';
import { checkModelInput, decodeModelBytes, parseJsonText } from '../domain/model-input';
import { allRules } from '../rules';
import { describeFileSystemError } from './messages';

export const CONFIG_FILE = 'planifica.config.json';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface LoadedConfig {
  /** Where it was read from, or undefined when there is none. */
  path?: string;
  settings: Settings;
}

/** The nearest planifica.config.json from `start` up to the file-system root. */
export function findConfig(start: string = process.cwd()): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // Not here: keep climbing.
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** Rule ids and group wildcards the settings may name. */
function knownRuleKeys(): Set<string> {
  const ids = allRules.map((rule) => rule.meta.id);
  return new Set(['*', ...ids, ...ids.map((id) => `${id.split('/')[0]}/*`)]);
}

/** Parses the text of a config file; errors are "campo: motivo" lines. */
export function parseSettings(bytes: Uint8Array): { ok: true; settings: Settings } | { ok: false; errors: string[] } {
  const decoded = decodeModelBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  const json = parseJsonText(decoded.text);
  if (!json.ok) return { ok: false, errors: [json.error] };
  const inputErrors = checkModelInput(json.data);
  if (inputErrors.length > 0) return { ok: false, errors: inputErrors };
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- zod loads only when a file is read
  const { settingsSchema } = require('../core/settings-schema') as typeof import('../core/settings-schema');
  const parsed = settingsSchema.safeParse(json.data, { error: spanishErrorMap, reportInput: true });
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

/** Reads --config FILE, or the nearest planifica.config.json; none is fine (empty settings). */
export function loadConfig(explicit: string | undefined, cwd: string = process.cwd()): LoadedConfig {
  const path = explicit !== undefined ? resolve(cwd, explicit) : findConfig(cwd);
  if (!path) return { settings: {} };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ConfigError(`${explicit ?? path}: no se puede leer la configuración (${describeFileSystemError(error)})`);
  }
  const parsed = parseSettings(bytes);
  if (!parsed.ok) {
    throw new ConfigError(`${explicit ?? path}: la configuración no es válida: ${summarizeErrors(parsed.errors)}`);
  }
  return { path, settings: parsed.settings };
}

/** `--rule totals/stale-total=warning` → ["totals/stale-total", "warning"], checked like the file. */
export function parseRuleFlags(flags: readonly string[]): NonNullable<Settings['rules']> {
  const rules: Record<string, string> = {};
  for (const flag of flags) {
    const m = /^([^=:]+)[=:](.+)$/.exec(flag.trim());
    if (!m) throw new ConfigError(`--rule ${clip(flag)}: use la forma regla=error|warning|info|off`);
    rules[m[1].trim()] = m[2].trim();
  }
  const parsed = parseSettings(new TextEncoder().encode(JSON.stringify({ rules })));
  if (!parsed.ok) throw new ConfigError(`--rule: ${summarizeErrors(parsed.errors).replace(/^rules\./, '')}`);
  return parsed.settings.rules ?? {};
}
