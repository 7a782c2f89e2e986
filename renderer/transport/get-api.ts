/**
 * The window's API, whatever carries it: Electron's preload (`window.kring`) or, in browser
 * mode and in the Playwright tests, a WebSocket to 127.0.0.1 with the token from the page URL.
 */
import type { KringApi } from '../../shared/ipc/contract.ts';
import { isWindowRole } from '../../shared/ipc/roles.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { WS_PATH } from '../../shared/ipc/wire.ts';
import { createWebSocketApi } from './websocket-api.ts';

declare global {
  interface Window {
    kring?: KringApi;
  }
}

let api: KringApi | null = null;

export function getApi(): KringApi {
  if (api) return api;
  if (window.kring) return (api = window.kring);
  const token = new URLSearchParams(location.search).get('token') ?? '';
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return (api = createWebSocketApi(`${scheme}://${location.host}${WS_PATH}?token=${encodeURIComponent(token)}`));
}

/** The role this window was opened as: from the page name (supervisor.html, timekeeper.html, circle.html). */
export function windowRole(): WindowRole {
  const name = location.pathname.split('/').pop()?.replace(/\.html$/, '') ?? '';
  return isWindowRole(name) ? name : 'supervisor';
}
