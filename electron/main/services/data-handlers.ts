/**
 * The contract's `data.*` channels: where the data lives, backup, restore and wipe. The file
 * dialogs and the restart afterwards belong to the shell (Electron); the browser version has no
 * file dialogs in main and says so. See data-backup.ts for what a backup holds and what a restore
 * refuses.
 */
import { join } from 'node:path';
import type { Localized } from '../../../shared/method/index.ts';
import type { Reply } from '../../../shared/ipc/index.ts';
import { BACKUP_EXTENSION, BackupError, makeBackup, restoreBackup, VAULT_DIR, wipeData } from './data-backup.ts';
import type { Handlers } from './dispatch.ts';

/** What only the desktop shell can do. */
export interface DataShell {
  /** Ask where to save the backup; resolves to the path written, or null when cancelled. */
  saveBackup(fileName: string, bytes: Buffer): Promise<string | null>;
  /** Ask which backup to restore; null when cancelled. */
  openBackup(): Promise<Buffer | null>;
  /** The data folder was replaced or emptied: start Kring again from what is on disk. */
  restart(): void;
}

export interface DataHandlerOptions {
  dataDir: string;
  shell?: DataShell;
  now: () => number;
  /** Before a restore: the vault is closed (a refused restore then leaves it locked, unchanged). */
  lockVault: () => void;
  /** Before a wipe: the vault closed and the session no longer written. */
  stopAll: () => Promise<void>;
  /** Before the restart: the running session's last change on disk. */
  flush: () => Promise<void>;
}

const DESKTOP_ONLY: Localized = {
  nl: 'Een reservekopie maken, terugzetten of alles wissen kan alleen in de desktop-app van Kring. Je gegevens staan in de map hierboven.',
  en: 'Making or restoring a backup, or erasing everything, is only possible in the Kring desktop app. Your data is in the folder shown above.',
};
const CANCELLED: Localized = { nl: 'Geannuleerd; er is niets gewijzigd.', en: 'Cancelled; nothing was changed.' };

/** Time for the window to show "done" before Kring starts again. */
const RESTART_DELAY_MS = 2_500;

const refused = (error: unknown): Reply<never> => {
  if (error instanceof BackupError) return { ok: false, error: { code: `backup-${error.code}`, message: error.userMessage } };
  throw error;
};

export function createDataHandlers(options: DataHandlerOptions): Pick<Handlers, 'data.location' | 'data.backup' | 'data.restore' | 'data.wipe'> {
  const { dataDir, shell } = options;
  const restartSoon = () =>
    setTimeout(() => {
      void options
        .flush()
        .catch(() => {})
        .finally(() => shell?.restart());
    }, RESTART_DELAY_MS);
  return {
    'data.location': () => ({ ok: true, value: { dataDir, vaultDir: join(dataDir, VAULT_DIR), canCarry: shell !== undefined } }),
    'data.backup': async () => {
      if (!shell) return { ok: false, error: { code: 'desktop-only', message: DESKTOP_ONLY } };
      let bytes: Buffer;
      try {
        bytes = await makeBackup(dataDir, options.now());
      } catch (error) {
        return refused(error);
      }
      const day = new Date(options.now()).toISOString().slice(0, 10);
      const savedTo = await shell.saveBackup(`kring-reservekopie-${day}.${BACKUP_EXTENSION}`, bytes);
      if (savedTo === null) return { ok: false, error: { code: 'cancelled', message: CANCELLED } };
      return { ok: true, value: { savedTo } };
    },
    'data.restore': async (req) => {
      if (!shell) return { ok: false, error: { code: 'desktop-only', message: DESKTOP_ONLY } };
      const bytes = await shell.openBackup();
      if (bytes === null) return { ok: false, error: { code: 'cancelled', message: CANCELLED } };
      options.lockVault();
      try {
        const result = await restoreBackup(dataDir, bytes, req.passphrase, { now: options.now() });
        restartSoon();
        return { ok: true, value: { files: result.files } };
      } catch (error) {
        return refused(error);
      }
    },
    'data.wipe': async () => {
      if (!shell) return { ok: false, error: { code: 'desktop-only', message: DESKTOP_ONLY } };
      await options.stopAll();
      await wipeData(dataDir);
      restartSoon();
      return { ok: true, value: null };
    },
  };
}
