import { mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Localized } from '../../../shared/method/types.ts';
import { fsyncDirectory } from '../storage/atomic-file.ts';
import { hasSystemCode, toStorageError } from '../storage/storage-error.ts';
import { isValidRecordId } from './record-id.ts';

/**
 * A record file that cannot be opened is moved (never deleted) to `set-aside/`, so the rest of
 * the vault keeps working and nothing is lost that a backup or a specialist might still save.
 * The new file name holds the id, the reason code and the time: `<id>--<reason>--<ms>.kv`.
 */
export const SET_ASIDE_DIR = 'set-aside';

export type SetAsideReasonCode = 'tampered' | 'truncated' | 'unknown-format' | 'invalid-content' | 'unknown-key';

export interface SetAsideRecord {
  id: string;
  /** Absolute path of the file in `set-aside/`. */
  file: string;
  reason: Localized;
}

const AFTERWARDS_NL = 'Het bestand is apart gezet in de map "set-aside" en niet gewist; je andere notities werken gewoon.';
const AFTERWARDS_EN = 'The file was moved to the "set-aside" folder, not deleted; your other notes work as usual.';

const REASONS: Record<SetAsideReasonCode, Localized> = {
  tampered: {
    nl: `Een notitie kon niet worden geopend: het bestand is beschadigd of buiten Kring gewijzigd. ${AFTERWARDS_NL}`,
    en: `A note could not be opened: its file is damaged or was changed outside Kring. ${AFTERWARDS_EN}`,
  },
  truncated: {
    nl: `Een notitie kon niet worden geopend: het bestand is onvolledig (afgebroken). ${AFTERWARDS_NL}`,
    en: `A note could not be opened: its file is incomplete (cut off). ${AFTERWARDS_EN}`,
  },
  'unknown-format': {
    nl: `Een notitie kon niet worden geopend: het bestand is geen Kring-notitie of komt uit een nieuwere versie. ${AFTERWARDS_NL}`,
    en: `A note could not be opened: the file is not a Kring note or comes from a newer version. ${AFTERWARDS_EN}`,
  },
  'unknown-key': {
    nl: `Een notitie kon niet worden geopend: de sleutel ervan staat niet in deze kluis (het bestand komt uit een andere kluis of uit een reservekopie die niet bij dit sleutelbestand hoort). ${AFTERWARDS_NL}`,
    en: `A note could not be opened: its key is not in this vault (the file comes from another vault, or from a backup that does not belong with this key file). ${AFTERWARDS_EN}`,
  },
  'invalid-content': {
    nl: `Een notitie kon wel worden ontsleuteld, maar de inhoud is onleesbaar. ${AFTERWARDS_NL}`,
    en: `A note could be decrypted, but its content is unreadable. ${AFTERWARDS_EN}`,
  },
};

export function setAsideReason(code: SetAsideReasonCode): Localized {
  return REASONS[code];
}

const SET_ASIDE_NAME = new RegExp(`^(.+)--(${Object.keys(REASONS).join('|')})--(\\d+)\\.kv$`);

function isReasonCode(value: string): value is SetAsideReasonCode {
  return Object.hasOwn(REASONS, value);
}

/**
 * Moves `sourcePath` into `<vaultDir>/set-aside/`. Returns undefined if the file was already
 * gone (someone else set it aside or deleted it first).
 */
export async function moveToSetAside(
  vaultDir: string,
  id: string,
  sourcePath: string,
  reason: SetAsideReasonCode,
  now: number,
): Promise<SetAsideRecord | undefined> {
  const dir = join(vaultDir, SET_ASIDE_DIR);
  const file = join(dir, `${id}--${reason}--${now}.kv`);
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await rename(sourcePath, file);
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT')) return undefined;
    throw toStorageError(err);
  }
  await fsyncDirectory(dir);
  return { id, file, reason: REASONS[reason] };
}

/** The files set aside earlier (also in previous sessions), oldest first. */
export async function listSetAside(vaultDir: string): Promise<SetAsideRecord[]> {
  const dir = join(vaultDir, SET_ASIDE_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT')) return [];
    throw toStorageError(err);
  }
  const found: { at: number; record: SetAsideRecord }[] = [];
  for (const name of names) {
    const match = SET_ASIDE_NAME.exec(name);
    if (!match) continue;
    const [, id = '', code = '', at = '0'] = match;
    if (!isValidRecordId(id)) continue;
    const reason = isReasonCode(code) ? REASONS[code] : REASONS['unknown-format'];
    found.push({ at: Number(at), record: { id, file: join(dir, name), reason } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.record);
}

/** Deletes the files set aside before `cutoff` (epoch ms, from the time in their name). Returns their paths. */
export async function removeSetAsideBefore(vaultDir: string, cutoff: number): Promise<string[]> {
  const dir = join(vaultDir, SET_ASIDE_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if (hasSystemCode(err, 'ENOENT')) return [];
    throw toStorageError(err);
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = SET_ASIDE_NAME.exec(name);
    if (!match || Number(match[3]) >= cutoff) continue;
    const file = join(dir, name);
    try {
      await unlink(file);
      removed.push(file);
    } catch (err) {
      if (!hasSystemCode(err, 'ENOENT')) throw toStorageError(err);
    }
  }
  return removed;
}
