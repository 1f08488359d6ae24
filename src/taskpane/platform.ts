/**
 * The one module that uses @microsoft/office-js-helpers (archived upstream). It still earns its
 * place for the user's preferences: its Storage scopes keys to a container and survives a
 * localStorage that throws (private windows, locked-down Office web views) by falling back to
 * memory. Dropping the package means rewriting only this file.
 */
import { Storage, StorageType, Utilities } from '@microsoft/office-js-helpers/dist/office.helpers.min.js';

export interface Preferences {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
}

const CONTAINER = 'planifica';

function openStorage(): Storage<string> {
  try {
    const storage = new Storage<string>(CONTAINER, StorageType.LocalStorage);
    storage.set('probe', '1'); // localStorage may exist and still refuse writes
    return storage;
  } catch {
    return new Storage<string>(CONTAINER, StorageType.InMemoryStorage);
  }
}

let storage: Storage<string> | undefined;

export const preferences: Preferences = {
  get(key) {
    storage ??= openStorage();
    try {
      return storage.get(key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(key, value) {
    storage ??= openStorage();
    try {
      storage.set(key, value);
    } catch {
      // A preference that cannot be saved is not worth interrupting the user: it lasts the session.
    }
  },
};

/** "Excel en la web", "Excel para Windows"…: shown in the pane's footer when Office is present. */
export function officePlatform(): string | undefined {
  try {
    return Utilities.isAddin ? Utilities.platform || undefined : undefined;
  } catch {
    return undefined;
  }
}
