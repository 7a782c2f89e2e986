/**
 * Where each window was, kept in `window-places.json` (electron-store). Guarded like the settings:
 * a file that is not JSON is moved aside and the windows open at their usual place with a notice;
 * a place that is not a sane rectangle is ignored. Never a reason not to open a window.
 */
import type { WindowRole } from '../../../shared/ipc/index.ts';
import { openSettingsStore } from '../services/settings-store.ts';
import type { WindowPlace } from './window-options.ts';

export interface PlaceStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface WindowPlaces {
  get(role: WindowRole): WindowPlace | undefined;
  set(role: WindowRole, place: WindowPlace): void;
  /** Where the unreadable file was moved, when it was. */
  setAsideTo: string | null;
}

const MAX_SIDE = 100_000;

function isPlace(value: unknown): value is WindowPlace {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const side = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0 && n < MAX_SIDE;
  const coordinate = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && Math.abs(n) < MAX_SIDE);
  return side(v.width) && side(v.height) && coordinate(v.x) && coordinate(v.y);
}

export function openWindowPlaces(open: () => PlaceStore, file: string, log: (line: string) => void = () => {}): WindowPlaces {
  const { store, setAsideTo } = openSettingsStore(open, file);
  return {
    setAsideTo,
    get(role) {
      const value = store.get(role);
      return isPlace(value) ? value : undefined;
    },
    set(role, place) {
      try {
        store.set(role, place);
      } catch (error) {
        // A place not remembered is no reason to stop closing a window.
        log(`window place not saved: ${String(error)}`);
      }
    },
  };
}
