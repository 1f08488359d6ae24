/**
 * The reviewer's settings in the pane: the same JSON as planifica.config.json, kept in the user's
 * own storage and read back through the same checks as the command line's file
 * (src/rules/settings.ts). A value that no longer passes them gives the defaults and a notice,
 * never a crash.
 *
 * Where: `Office.context.roamingSettings` exists only in Outlook (Mailbox requirement set), and
 * `Office.context.document.settings` travels with the workbook — a workbook must never switch a
 * rule off for the person reviewing it — so inside Excel, as in a plain browser, the settings go
 * to the add-in origin's localStorage, under the key Office partitions for the add-in
 * (`Office.context.partitionKey`) when there is one. `OfficeRuntime.storage` would need the
 * shared runtime, which this add-in does not use.
 */
import type { Settings } from '../core/settings';
import { checkSettings, parseSettingsText } from '../rules/settings';

/** Where the text is kept: a small seam so tests use memory and the pane uses localStorage. */
export interface SettingsStorage {
  /** The stored text, or undefined when nothing was stored. */
  read(): string | undefined;
  write(text: string): void;
  remove(): void;
}

export const SETTINGS_KEY = 'planifica:settings';

/** The file name an export is saved as: what the command line looks for. */
export const SETTINGS_FILE = 'planifica.config.json';

/** Something with localStorage's three methods (window.localStorage, or a test's). */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function webSettingsStorage(storage: WebStorage, partitionKey?: string): SettingsStorage {
  const key = partitionKey ? `${partitionKey}${SETTINGS_KEY}` : SETTINGS_KEY;
  return {
    read: () => storage.getItem(key) ?? undefined,
    write: (text) => storage.setItem(key, text),
    remove: () => storage.removeItem(key),
  };
}

/** Nothing kept between sessions (a browser that refuses localStorage). */
export function memorySettingsStorage(initial?: string): SettingsStorage {
  let text = initial;
  return {
    read: () => text,
    write: (value) => {
      text = value;
    },
    remove: () => {
      text = undefined;
    },
  };
}

/** The pane's storage: localStorage (partitioned inside Office), memory when it is refused. */
export function defaultSettingsStorage(): SettingsStorage {
  try {
    const office = (globalThis as { Office?: { context?: { partitionKey?: string } } }).Office;
    const storage = webSettingsStorage(window.localStorage, office?.context?.partitionKey);
    storage.read(); // throws where localStorage is blocked
    return storage;
  } catch {
    return memorySettingsStorage();
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** Why a stored value was set aside (Spanish, "campo: motivo"); absent when it was fine or absent. */
  problem?: string;
}

/** The stored settings, checked; a corrupt value gives the defaults and says why. */
export function loadSettings(storage: SettingsStorage): LoadedSettings {
  let text: string | undefined;
  try {
    text = storage.read();
  } catch (error) {
    return { settings: {}, problem: error instanceof Error ? error.message : String(error) };
  }
  if (text === undefined) return { settings: {} };
  const parsed = parseSettingsText(text);
  return parsed.ok ? { settings: parsed.settings } : { settings: {}, problem: parsed.errors[0] };
}

/** The settings without empty parts: what is stored and exported. */
export function compactSettings(settings: Settings): Settings {
  const out: Settings = {};
  if (settings.$schema) out.$schema = settings.$schema;
  if (settings.rules && Object.keys(settings.rules).length > 0) out.rules = settings.rules;
  if (settings.catalogs?.units && settings.catalogs.units.length > 0) out.catalogs = { units: settings.catalogs.units };
  if (settings.years) out.years = settings.years;
  return out;
}

/** planifica.config.json's text for these settings (two-space JSON, a final newline). */
export function settingsText(settings: Settings): string {
  return `${JSON.stringify(compactSettings(settings), null, 2)}\n`;
}

/**
 * Keeps the settings (nothing stored for the defaults). Checked first: the pane never stores
 * what it could not read back. Throws the first Spanish reason when they do not pass.
 */
export function saveSettings(storage: SettingsStorage, settings: Settings): void {
  const compact = compactSettings(settings);
  const checked = checkSettings(compact);
  if (!checked.ok) throw new Error(checked.errors[0]);
  if (Object.keys(compact).length === 0) storage.remove();
  else storage.write(settingsText(compact));
}
