/**
 * The stores (stores.ts) as React hooks: useSyncExternalStore, so a push renders synchronously
 * (no extra frame of delay between windows). Re-exports the stores themselves, so the React
 * windows import both from here.
 */
import { useSyncExternalStore } from 'react';
import type { RoleView } from '../../shared/session/views.ts';
import { connectedStore, displayStore, nudgesStore, settingsStore, statusStore, viewStore } from './stores.ts';
import type { Store } from './stores.ts';

export * from './stores.ts';

export function useStore<T>(store: Store<T>): T {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}

export function useView<V extends RoleView = RoleView>(): V | null {
  return useStore(viewStore) as V | null;
}
export const useStatus = () => useStore(statusStore);
export const useSettings = () => useStore(settingsStore);
export const useConnected = () => useStore(connectedStore);
export const useNudges = () => useStore(nudgesStore);
export const useCircleDisplay = () => useStore(displayStore);
