/**
 * Carrying one's data to another machine, and removing it: backup, restore and wipe of the data
 * folder. The vault's files are treated as opaque (they are encrypted; their names show ids only),
 * so this keeps working whatever the vault's key hierarchy looks like inside.
 *
 * A backup is ONE file: a JSON header line, then the vault's files, each checked by SHA-256:
 *
 *   {"format":"kring-backup","version":1,"createdAt":…,"vaultUpdatedAt":…,"files":[{"path","size","sha256"}]}\n
 *   <bytes of file 1><bytes of file 2>…
 *
 * Nothing in it is readable without the passphrase: the vault header holds only the scrypt
 * parameters and the wrapped key, the records are AES-256-GCM. Restore:
 *   1. refuses a file that is not a Kring backup, is damaged, or comes from a newer Kring;
 *   2. refuses to replace a vault changed after the backup was made ("newer vault");
 *   3. unpacks into a temporary folder beside the vault and checks the passphrase by unlocking
 *      it there with the vault's own API — a wrong passphrase changes nothing;
 *   4. only then swaps the folders; the vault it replaces is kept (renamed), never deleted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import type { Localized } from '../../../shared/method/index.ts';
import { isTempFileName } from '../storage/atomic-file.ts';
import { unlockVault, VaultError } from '../vault/index.ts';

export const BACKUP_FORMAT = 'kring-backup';
export const BACKUP_VERSION = 1;
export const BACKUP_EXTENSION = 'kringbackup';
/** The vault folder inside the data folder (as app-services.ts lays it out). */
export const VAULT_DIR = 'vault';

/** Not data: a counter of failed unlocks (machine-local), and files already set aside as damaged. */
const NOT_BACKED_UP = new Set(['unlock-attempts.json', 'set-aside']);

interface BackupEntry {
  path: string;
  size: number;
  sha256: string;
}

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: number;
  /** The newest change in the vault when the backup was made (epoch ms). */
  vaultUpdatedAt: number;
  files: BackupEntry[];
}

export type BackupRefusal = 'no-vault' | 'not-a-backup' | 'damaged' | 'too-new' | 'newer-vault' | 'wrong-passphrase';

const REFUSALS: Record<BackupRefusal, Localized> = {
  'no-vault': {
    nl: 'Er is nog geen kluis om te bewaren: maak eerst een kluis met een wachtwoord.',
    en: 'There is no vault to back up yet: create a vault with a passphrase first.',
  },
  'not-a-backup': {
    nl: 'Dit bestand is geen reservekopie van Kring. Er is niets gewijzigd.',
    en: 'This file is not a Kring backup. Nothing was changed.',
  },
  damaged: {
    nl: 'Deze reservekopie is beschadigd of onvolledig. Er is niets gewijzigd. Probeer een andere kopie.',
    en: 'This backup is damaged or incomplete. Nothing was changed. Try another copy.',
  },
  'too-new': {
    nl: 'Deze reservekopie komt van een nieuwere versie van Kring. Werk Kring bij en probeer het opnieuw. Er is niets gewijzigd.',
    en: 'This backup comes from a newer version of Kring. Update Kring and try again. Nothing was changed.',
  },
  'newer-vault': {
    nl: 'De kluis op deze computer is gewijzigd na het maken van deze reservekopie. Kring zet de oudere kopie er niet overheen. Er is niets gewijzigd.',
    en: 'The vault on this computer was changed after this backup was made. Kring will not put the older copy over it. Nothing was changed.',
  },
  'wrong-passphrase': {
    nl: 'Dit wachtwoord opent deze reservekopie niet. Gebruik het wachtwoord dat gold toen de kopie gemaakt werd. Er is niets gewijzigd.',
    en: 'This passphrase does not open this backup. Use the passphrase that was in use when the backup was made. Nothing was changed.',
  },
};

export class BackupError extends Error {
  readonly code: BackupRefusal;
  readonly userMessage: Localized;
  constructor(code: BackupRefusal) {
    super(`backup refused: ${code}`);
    this.name = 'BackupError';
    this.code = code;
    this.userMessage = REFUSALS[code];
  }
}

/** Every file of the vault, relative paths with '/' separators, oldest layout or newest alike. */
async function vaultFiles(vaultDir: string, sub = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(vaultDir, sub), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!sub && NOT_BACKED_UP.has(entry.name)) continue;
    if (isTempFileName(entry.name)) continue;
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await vaultFiles(vaultDir, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** The folders below the vault's root that hold backed-up files ('records', …), deepest first. */
function subfolders(paths: string[]): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join('/'));
  }
  return [...folders].sort((a, b) => b.split('/').length - a.split('/').length);
}

/**
 * The newest change in the vault; 0 when there is none. Files' times show a record written; the
 * times of the folders holding them show a record added or deleted (a session deleted after a
 * backup makes the vault newer too). The root folder is left out: the unlock-attempt counter
 * that lives there is not data.
 */
export async function vaultUpdatedAt(vaultDir: string): Promise<number> {
  const paths = await vaultFiles(vaultDir);
  let newest = 0;
  for (const path of [...paths, ...subfolders(paths)]) newest = Math.max(newest, (await stat(join(vaultDir, path))).mtimeMs);
  return Math.floor(newest);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The backup of the vault in `dataDir`, as the bytes of one file. */
export async function makeBackup(dataDir: string, now: number = Date.now()): Promise<Buffer> {
  const vaultDir = join(dataDir, VAULT_DIR);
  const paths = await vaultFiles(vaultDir);
  if (!paths.includes('vault.json')) throw new BackupError('no-vault');
  const contents = await Promise.all(paths.map((p) => readFile(join(vaultDir, p))));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    vaultUpdatedAt: await vaultUpdatedAt(vaultDir),
    files: paths.map((path, i) => ({ path, size: contents[i]!.length, sha256: sha256(contents[i]!) })),
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...contents]);
}

/** A relative path that stays inside the folder it is unpacked into. */
function safePath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > 300) return false;
  if (path.startsWith('/') || path.includes('\\') || path.includes('\0') || /^[a-zA-Z]:/.test(path)) return false;
  return path.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}

export interface ReadBackup {
  header: BackupHeader;
  files: { path: string; bytes: Buffer }[];
}

export function readBackup(bytes: Buffer): ReadBackup {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0 || newline > 10_000_000) throw new BackupError('not-a-backup');
  let header: BackupHeader;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as BackupHeader;
  } catch {
    throw new BackupError('not-a-backup');
  }
  if (header === null || typeof header !== 'object' || header.format !== BACKUP_FORMAT) throw new BackupError('not-a-backup');
  if (!Number.isInteger(header.version) || header.version < 1) throw new BackupError('damaged');
  if (header.version > BACKUP_VERSION) throw new BackupError('too-new');
  if (!Array.isArray(header.files) || !Number.isFinite(header.createdAt) || !Number.isFinite(header.vaultUpdatedAt)) throw new BackupError('damaged');
  const files: ReadBackup['files'] = [];
  let offset = newline + 1;
  const seen = new Set<string>();
  for (const entry of header.files) {
    if (!safePath(entry?.path) || seen.has(entry.path) || !Number.isInteger(entry.size) || entry.size < 0) throw new BackupError('damaged');
    seen.add(entry.path);
    const data = bytes.subarray(offset, offset + entry.size);
    if (data.length !== entry.size || sha256(data) !== entry.sha256) throw new BackupError('damaged');
    files.push({ path: entry.path, bytes: Buffer.from(data) });
    offset += entry.size;
  }
  if (offset !== bytes.length || !seen.has('vault.json')) throw new BackupError('damaged');
  return { header, files };
}

export interface RestoreOptions {
  /** Epoch ms, for the name of the folder the replaced vault is kept in. */
  now?: number;
}

export interface RestoreResult {
  files: number;
  /** Where the vault that was replaced now is (kept, not deleted); null when there was none. */
  replacedTo: string | null;
}

/**
 * Put a backup in place of the vault in `dataDir`. The app's own vault must be locked (and its
 * session services stopped) while this runs. Refuses (BackupError) without changing anything.
 */
export async function restoreBackup(dataDir: string, bytes: Buffer, passphrase: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const now = options.now ?? Date.now();
  const backup = readBackup(bytes);
  const vaultDir = join(dataDir, VAULT_DIR);
  if ((await vaultUpdatedAt(vaultDir)) > backup.header.vaultUpdatedAt) throw new BackupError('newer-vault');

  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const staging = join(dataDir, `${VAULT_DIR}.restoring-${randomBytes(6).toString('hex')}`);
  try {
    for (const file of backup.files) {
      const target = normalize(join(staging, file.path));
      if (!target.startsWith(staging + sep)) throw new BackupError('damaged');
      await mkdir(dirname(target), { recursive: true, mode: 0o700 });
      await writeFile(target, file.bytes, { mode: 0o600 });
    }
    try {
      const vault = await unlockVault(staging, passphrase);
      vault.lock();
    } catch (error) {
      if (error instanceof VaultError && (error.code === 'wrong-passphrase' || error.code === 'too-many-attempts')) throw new BackupError('wrong-passphrase');
      if (error instanceof VaultError) throw new BackupError('damaged');
      throw error;
    }
    // The files restored get the backup's time, so that "changed after the backup" stays true
    // to what a person did, not to when the files were unpacked.
    const then = new Date(backup.header.vaultUpdatedAt);
    const paths = backup.files.map((f) => f.path);
    for (const path of [...paths, ...subfolders(paths)]) await utimes(join(staging, path), then, then);
    let replacedTo: string | null = null;
    if (await exists(vaultDir)) {
      replacedTo = join(dataDir, `${VAULT_DIR}.replaced-${now}`);
      await rename(vaultDir, replacedTo);
    }
    await rename(staging, vaultDir);
    return { files: backup.files.length, replacedTo };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Kring's own entries in the data folder (Electron's profile files beside them are not ours). */
const OURS = [/^vault(\.|$)/, /^session$/, /^settings\.json/, /^window-places\.json/, /^browser-access\.json/];

/**
 * Remove everything Kring keeps: the vault (notes, summaries, history), the running session,
 * settings and window places. Irreversible; the caller has asked the person clearly first.
 * Returns the names removed.
 */
export async function wipeData(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const removed = names.filter((n) => OURS.some((re) => re.test(n)));
  for (const name of removed) await rm(join(dataDir, name), { recursive: true, force: true });
  return removed;
}
