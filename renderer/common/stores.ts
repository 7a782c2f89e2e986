/**
 * What a window knows: the role's view-model, the app status and the settings, kept in tiny
 * stores fed by main's pushes. No React here (the circle display has none): the React windows
 * read these through the hooks in store.ts, which re-exports all of this.
 */
import { DEFAULT_SETTINGS } from '../../shared/ipc/settings.ts';
import type { Settings, WindowSettings } from '../../shared/ipc/settings.ts';
import type { AppStatus, KringApi, Push } from '../../shared/ipc/contract.ts';
import type { RoleView } from '../../shared/session/views.ts';
import { DEFAULT_CIRCLE_DISPLAY } from '../../shared/ipc/circle-display.ts';
import type { CircleDisplay } from '../../shared/ipc/circle-display.ts';
import type { Nudge } from '../../shared/ipc/nudges.ts';
import type { Observation } from '../../shared/ipc/records.ts';

export { createStore } from './create-store.ts';
export type { Store } from './create-store.ts';
import { createStore } from './create-store.ts';

export const viewStore = createStore<RoleView | null>(null);
export const statusStore = createStore<AppStatus | null>(null);
export const settingsStore = createStore<Settings>(DEFAULT_SETTINGS);
/** True once main has told this window its settings (the language to load the words of). */
export const settingsKnownStore = createStore<boolean>(false);
/** False until the first answer from main; the windows show a calm "connecting" state until then. */
export const connectedStore = createStore<boolean>(false);
/** The private line (supervisor and timekeeper only; the circle display never receives it). */
export const nudgesStore = createStore<Nudge[]>([]);
export const displayStore = createStore<CircleDisplay>(DEFAULT_CIRCLE_DISPLAY);
/** Observations arrive one by one as they are added; a screen that lists them listens here. */
const observationListeners = new Set<(o: Observation) => void>();
export function onObservation(listener: (o: Observation) => void): () => void {
  observationListeners.add(listener);
  return () => observationListeners.delete(listener);
}

let connectedApi: KringApi | null = null;
let unsubscribe: (() => void) | null = null;

function setSettings(settings: WindowSettings) {
  settingsStore.set(shareEqual(settingsStore.get(), { ...DEFAULT_SETTINGS, ...settings }));
  settingsKnownStore.set(true);
}

async function refreshSettings(api: KringApi) {
  const reply = await api['settings.get']({});
  if (reply.ok) setSettings(reply.value);
}

/**
 * `next` with every part that equals the same part of `prev` replaced by `prev`'s object (for
 * plain JSON data). A push is a whole new view; with this, what did not change keeps its identity,
 * so memoised parts of a screen skip re-rendering (a pause re-renders the time card, not the notes).
 */
export function shareEqual<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  if (typeof prev !== 'object' || typeof next !== 'object' || prev === null || next === null) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(next)) {
    const before = prev as unknown[];
    let same = before.length === next.length;
    const out = next.map((item, i) => {
      const shared = i < before.length ? shareEqual(before[i], item) : item;
      if (shared !== before[i]) same = false;
      return shared;
    });
    return (same ? before : out) as T;
  }
  if (Object.getPrototypeOf(next) !== Object.prototype || Object.getPrototypeOf(prev) !== Object.prototype) return next;
  const before = prev as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(after);
  let same = keys.length === Object.keys(before).length;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const shared = Object.hasOwn(before, key) ? shareEqual(before[key], after[key]) : after[key];
    if (shared !== before[key] || !Object.hasOwn(before, key)) same = false;
    out[key] = shared;
  }
  return (same ? before : out) as T;
}

export function applyPush(push: Push) {
  connectedStore.set(true);
  switch (push.type) {
    case 'view':
      return viewStore.set(shareEqual(viewStore.get(), push.view));
    case 'no-session':
      return viewStore.set(null);
    case 'status':
      return statusStore.set(shareEqual(statusStore.get(), push.status));
    case 'settings':
      return setSettings(push.settings);
    case 'nudges':
      return nudgesStore.set(push.nudges);
    case 'display':
      return displayStore.set(shareEqual(displayStore.get(), push.display));
    case 'observation':
      return observationListeners.forEach((l) => l(push.observation));
  }
}

/**
 * Subscribe this window to main once: pushes (view, status, settings — each on connect and on
 * every change), plus a first read of everything, since a push may have come before we listened.
 */
export function connectStores(api: KringApi): () => void {
  if (connectedApi === api && unsubscribe) return unsubscribe;
  connectedApi = api;
  const off = api.onPush(applyPush);
  void api['session.view']({}).then((r) => {
    if (r.ok) {
      connectedStore.set(true);
      if (r.value && viewStore.get() === null) viewStore.set(r.value);
    }
  });
  void api['app.status']({}).then((r) => {
    if (r.ok) {
      connectedStore.set(true);
      if (statusStore.get() === null) statusStore.set(r.value);
    }
  });
  void refreshSettings(api);
  unsubscribe = () => {
    off();
    connectedApi = null;
    unsubscribe = null;
  };
  return unsubscribe;
}
