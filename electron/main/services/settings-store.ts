/**
 * electron-store and its engine `conf` refuse to open a settings file that is not valid JSON
 * (they throw in the constructor), which would stop the app from starting at all. Here such a
 * file is moved aside (kept, never deleted) and the store opens empty; the settings service
 * then tells the person that the settings are back to their defaults.
 */
import { renameSync } from 'node:fs';

export const UNREADABLE = Symbol('settings file unreadable');

export function openSettingsStore<T>(open: () => T, file: string, now: number = Date.now()): { store: T; setAsideTo: string | null } {
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
    return { store: open(), setAsideTo: target };
  }
}
