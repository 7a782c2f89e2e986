/**
 * Autosave that never loses a typed word: a change is saved ~500 ms after typing pauses, at once
 * on flush (step change, blur, leaving the page), and retried when a save fails (e.g. the vault
 * locked meanwhile). Until saved, the text stays in memory here, outside any component, so it
 * survives the editor being unmounted by the lock screen.
 */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error';

export interface AutosaverOptions {
  save: (text: string) => Promise<boolean>;
  delayMs?: number;
  onState?: (state: SaveState, savedAt: number | null) => void;
  /** After a failed save, try again this much later (while something is still unsaved). */
  retryMs?: number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  now?: () => number;
}

export interface Autosaver {
  change(text: string): void;
  /** Save what is pending now; resolves when saved (or failed). */
  flush(): Promise<boolean>;
  pending(): string | null;
  state(): SaveState;
  dispose(): void;
}

export function createAutosaver(options: AutosaverOptions): Autosaver {
  const delay = options.delayMs ?? 500;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>));
  const now = options.now ?? Date.now;
  let text: string | null = null;
  let handle: unknown = null;
  let state: SaveState = 'saved';
  let savedAt: number | null = null;
  let inFlight: Promise<boolean> | null = null;
  const retryMs = options.retryMs ?? 3_000;

  const set = (next: SaveState) => {
    state = next;
    options.onState?.(state, savedAt);
  };

  async function run(): Promise<boolean> {
    if (handle !== null) {
      clearTimer(handle);
      handle = null;
    }
    // One save at a time; a change made meanwhile is saved right after.
    while (inFlight) await inFlight;
    if (text === null) return state !== 'error';
    const sending = text;
    set('saving');
    inFlight = options.save(sending).catch(() => false);
    const ok = await inFlight;
    inFlight = null;
    if (ok) {
      savedAt = now();
      if (text === sending) {
        text = null;
        set('saved');
      } else {
        set('dirty');
        return run();
      }
    } else {
      set('error');
      if (handle === null)
        handle = setTimer(() => {
          handle = null;
          void run();
        }, retryMs);
    }
    return ok;
  }

  return {
    change(next) {
      text = next;
      if (state !== 'error') set('dirty');
      if (handle !== null) clearTimer(handle);
      handle = setTimer(() => {
        handle = null;
        void run();
      }, delay);
    },
    flush: run,
    pending: () => text,
    state: () => state,
    dispose() {
      if (handle !== null) clearTimer(handle);
      handle = null;
    },
  };
}
