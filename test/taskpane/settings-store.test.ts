/**
 * The pane's settings store: what is kept is planifica.config.json's own text, read back through
 * the command line's checks. Valid, corrupt and absent values; a storage that throws; the
 * partition key; and an exported file that `planifica validate --config` reads as it is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/cli/config';
import type { Settings } from '../../src/core/settings';
import {
  loadSettings,
  memorySettingsStorage,
  saveSettings,
  SETTINGS_KEY,
  settingsText,
  webSettingsStorage,
  type WebStorage,
} from '../../src/taskpane/settings-store';

const VALID: Settings = {
  rules: { 'totals/stale-total': 'off', 'formulas/*': 'warning' },
  catalogs: { units: ['Taller', 'Jornada'] },
  years: { from: 2026, to: 2030 },
};

function mapStorage(): WebStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

describe('settings store', () => {
  it('absent: the defaults, no notice', () => {
    expect(loadSettings(memorySettingsStorage())).toEqual({ settings: {} });
  });

  it('valid: read back exactly', () => {
    const storage = memorySettingsStorage(JSON.stringify(VALID));
    expect(loadSettings(storage)).toEqual({ settings: VALID });
  });

  it.each([
    ['not JSON', '{"rules": {', /JSON/],
    ['a level that does not exist', '{"rules": {"totals/stale-total": "loud"}}', /rules\.totals\/stale-total/],
    ['a rule that does not exist', '{"rules": {"totals/no-such-rule": "off"}}', /no existe esa regla/],
    ['an unknown key', '{"rulez": {}}', /rulez/],
    ['years the wrong way round', '{"years": {"from": 2030, "to": 2026}}', /años/],
    ['a number instead of an object', '42', /.+/],
  ])('corrupt (%s): the defaults and the reason, never a throw', (_name, text, reason) => {
    const loaded = loadSettings(memorySettingsStorage(text));
    expect(loaded.settings).toEqual({});
    expect(loaded.problem).toMatch(reason);
  });

  it('a storage that throws on read gives the defaults and says why', () => {
    const storage = {
      ...memorySettingsStorage(),
      read: () => {
        throw new Error('SecurityError: bloqueado');
      },
    };
    expect(loadSettings(storage)).toEqual({ settings: {}, problem: 'SecurityError: bloqueado' });
  });

  it('saves the JSON the command line reads; the defaults leave nothing stored', () => {
    const web = mapStorage();
    const storage = webSettingsStorage(web);
    saveSettings(storage, VALID);
    expect(JSON.parse(web.map.get(SETTINGS_KEY)!)).toEqual(VALID);
    expect(loadSettings(storage)).toEqual({ settings: VALID });
    saveSettings(storage, { rules: {}, catalogs: { units: [] } });
    expect(web.map.size).toBe(0);
  });

  it('refuses to store what it could not read back', () => {
    const storage = memorySettingsStorage();
    expect(() => saveSettings(storage, { rules: { 'totals/no-such-rule': 'off' } })).toThrow(/no existe esa regla/);
    expect(storage.read()).toBeUndefined();
  });

  it('inside Office, the key is the partition key Office gives the add-in', () => {
    const web = mapStorage();
    saveSettings(webSettingsStorage(web, 'abc123'), VALID);
    expect([...web.map.keys()]).toEqual([`abc123${SETTINGS_KEY}`]);
    expect(loadSettings(webSettingsStorage(web)).settings).toEqual({});
  });

  it('an exported file is a planifica.config.json the command line loads as the same settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planifica-pane-settings-'));
    try {
      writeFileSync(join(dir, 'planifica.config.json'), settingsText(VALID));
      expect(loadConfig(undefined, dir).settings).toEqual(VALID);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
