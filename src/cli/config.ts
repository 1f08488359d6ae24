/**
 * planifica.config.json: the file named by --config, or the first one found in the current
 * folder and its parents. Checked with zod (src/core/settings.ts); unknown keys, wrong types and
 * unknown rule ids are one Spanish line naming the field. Flags on the command line beat it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Settings } from '../core/settings';
import { summarizeErrors, clip } from '../domain/model-errors';
import { parseSettings } from '../rules/settings';
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

/** Parses the text of a config file; errors are "campo: motivo" lines (shared with the pane). */
export { parseSettings };

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
  // No flags, nothing to check: the schema (and zod) stay unloaded on a plain run.
  if (flags.length === 0) return {};
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
