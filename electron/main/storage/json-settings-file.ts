/**
 * The browser server's settings file (`settings.json` in the data folder): one JSON object, read
 * at start, written whole at every change — atomically (a temp file, fsync, rename) and readable
 * only by the person's own account. The same file and format `conf` kept before; `conf` also
 * loaded a JSON-schema validator (ajv) and semver that this file never used: ~130 modules, about
 * 40 ms and 10 MB of every start. The settings service checks every value itself.
 *
 * Like `conf`, opening a file that is not a JSON object throws a SyntaxError; `openSettingsStore`
 * (settings-store.ts) then sets the file aside and opens an empty store.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from './atomic-file.ts';

export interface JsonSettingsFile {
  /** The whole object as on disk; setting it writes the file. */
  store: Record<string, unknown>;
}

export function openJsonSettingsFile(file: string, mode: number): JsonSettingsFile {
  let value = read(file);
  return {
    get store() {
      return structuredClone(value);
    },
    set store(next: Record<string, unknown>) {
      write(file, JSON.stringify(next, undefined, '\t'), mode);
      value = structuredClone(next);
    },
  };
}

function read(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SyntaxError('settings file is not a JSON object');
  return value as Record<string, unknown>;
}

/** Synchronous, because the settings service's backing writes synchronously; a crash leaves the old file or the new one. */
function write(file: string, text: string, mode: number): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = tempPathFor(file);
  try {
    const fd = openSync(temp, 'wx', mode);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
