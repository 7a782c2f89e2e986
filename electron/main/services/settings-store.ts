/**
 * electron-store and its engine `conf` refuse to open a settings file that is not valid JSON
 * (they throw in the constructor), which would stop the app from starting at all. Here such a
 * file is moved aside (kept, never deleted) and the store opens empty; the settings service
 * then tells the person that the settings are back to their defaults.
 */
import { chmodSync } from 'node:fs';
import { renameSync } from 'node:fs';

export const UNREADABLE = Symbol('settings file unreadable');

/** Only the person's own account may read the settings (pass as electron-store's / conf's `configFileMode`). */
export const SETTINGS_FILE_MODE = 0o600;

/**
 * The store applies the mode on its next write; a file left by an older version (0644) is
 * narrowed at once. A file that is not there yet needs nothing.
 */
export function restrictSettingsFile(file: string): void {
  try {
    chmodSync(file, SETTINGS_FILE_MODE);
  } catch {
    // Missing (first start) or on a file system without modes (FAT): nothing to narrow.
  }
}

export function openSettingsStore<T>(open: () => T, file: string, now: number = Date.now()): { store: T; setAsideTo: string | null } {
  restrictSettingsFile(file);
  try {
    return { store: open(), setAsideTo: null };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const target = `${file}.unreadable-${now}`;
    try {
      renameSync(file, target);
    } catch {
      throw error; // cannot even move it: the original problem is the one to report
    }
    restrictSettingsFile(target);
    return { store: open(), setAsideTo: target };
  }
}
