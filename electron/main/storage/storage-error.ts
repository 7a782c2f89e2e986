import type { Localized } from '../../../shared/method/types.ts';

/** What went wrong with the disk, in terms a person can act on. */
export type StorageErrorCode = 'disk-full' | 'read-only' | 'not-found' | 'io';

const MESSAGES: Record<StorageErrorCode, Localized> = {
  'disk-full': {
    nl: 'De schijf is vol. Er is niets half opgeslagen: je vorige versie staat er nog. Maak wat ruimte vrij en probeer het opnieuw.',
    en: 'The disk is full. Nothing was half-saved: your previous version is still there. Free up some space and try again.',
  },
  'read-only': {
    nl: 'Kring mag hier niet schrijven (de map is alleen-lezen of je hebt geen toegang). Er is niets gewijzigd. Controleer de rechten van de map of kies een andere plek.',
    en: 'Kring is not allowed to write here (the folder is read-only or access is denied). Nothing was changed. Check the folder permissions or choose another location.',
  },
  'not-found': {
    nl: 'Het bestand of de map is niet gevonden. Er is niets gewijzigd. Controleer of de map nog bestaat en probeer het opnieuw.',
    en: 'The file or folder was not found. Nothing was changed. Check that the folder still exists and try again.',
  },
  io: {
    nl: 'Opslaan of lezen op de schijf lukte niet. Er is niets half opgeslagen: je vorige versie staat er nog. Probeer het opnieuw; blijft het misgaan, herstart dan je computer.',
    en: 'Saving to or reading from the disk failed. Nothing was half-saved: your previous version is still there. Try again; if it keeps failing, restart your computer.',
  },
};

/**
 * A disk problem. `message` is for logs and contains only the error code and system code,
 * never a path fragment with content or any data; `userMessage` is what the person reads.
 */
export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly userMessage: Localized;
  /** The operating-system code (ENOSPC, EACCES, …) when there was one. */
  readonly systemCode: string | undefined;

  constructor(code: StorageErrorCode, systemCode?: string, options?: { cause?: unknown }) {
    super(`storage error: ${code}${systemCode ? ` (${systemCode})` : ''}`, options);
    this.name = 'StorageError';
    this.code = code;
    this.systemCode = systemCode;
    this.userMessage = MESSAGES[code];
  }
}

function systemCodeOf(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Maps a Node fs error (or anything thrown) to a StorageError; a StorageError passes through. */
export function toStorageError(err: unknown): StorageError {
  if (err instanceof StorageError) return err;
  const systemCode = systemCodeOf(err);
  switch (systemCode) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new StorageError('disk-full', systemCode, { cause: err });
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new StorageError('read-only', systemCode, { cause: err });
    case 'ENOENT':
    case 'ENOTDIR':
      return new StorageError('not-found', systemCode, { cause: err });
    default:
      return new StorageError('io', systemCode, { cause: err });
  }
}

/** True for a Node error with the given system code (e.g. 'ENOENT'). */
export function hasSystemCode(err: unknown, code: string): boolean {
  return systemCodeOf(err) === code;
}
