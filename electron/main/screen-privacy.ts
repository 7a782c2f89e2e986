/**
 * Two things that keep notes off other people's screens, kept free of `electron` so they can be
 * tested: the supervisor window's content protection (a screen share or recording shows it
 * black; macOS and Windows only), and a lock of the vault when the session locks on Linux.
 *
 * Electron's 'lock-screen' event exists on macOS and Windows only. On Linux Kring asks every
 * few seconds whether the system reports itself 'locked' (powerMonitor.getSystemIdleState),
 * which works where the desktop tells Chromium (not everywhere); the idle lock applies always.
 */

export interface ProtectableWindow {
  setContentProtection(enable: boolean): void;
  isDestroyed(): boolean;
}

/** Applies the setting to the supervisor window, if there is one. */
export function applyContentProtection(window: ProtectableWindow | undefined, enabled: boolean): void {
  if (window && !window.isDestroyed()) window.setContentProtection(enabled);
}

export interface LockedWatchOptions {
  /** powerMonitor.getSystemIdleState(threshold). */
  idleState: (thresholdSeconds: number) => string;
  onLocked: () => void;
  setInterval: (fn: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  everyMs?: number;
}

/** Calls `onLocked` once each time the system turns 'locked'. Returns a stop function. */
export function watchSystemLocked(options: LockedWatchOptions): () => void {
  let wasLocked = false;
  const handle = options.setInterval(() => {
    let locked = false;
    try {
      locked = options.idleState(60) === 'locked';
    } catch {
      locked = false;
    }
    if (locked && !wasLocked) options.onLocked();
    wasLocked = locked;
  }, options.everyMs ?? 5_000);
  return () => options.clearInterval(handle);
}
