/**
 * The three windows by role: at most one of each. Remembers where each was (electron-store),
 * puts the circle display full-screen on a second monitor when there is one, and pushes each
 * window its role's view.
 */
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { WebContents } from 'electron';
import { PUSH_CHANNEL } from '../../../shared/ipc/index.ts';
import type { Push, WindowRole } from '../../../shared/ipc/index.ts';
import { pageUrl, windowOptions } from './window-options.ts';
import type { WindowPlace } from './window-options.ts';
import type { WindowPlaces } from './window-places.ts';

export interface WindowManagerOptions {
  preloadPath: string;
  connect: (role: WindowRole, send: (push: Push) => void) => () => void;
  places: WindowPlaces;
  /** A window's page process stopped again and again: tell the person instead of looping. */
  onRendererGoneRepeatedly?: (win: BrowserWindow) => void;
  log?: (line: string) => void;
}

/** More restarts than this within the window below: stop restarting, say so. */
const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;

export function createWindowManager(options: WindowManagerOptions) {
  const windows = new Map<WindowRole, BrowserWindow>();
  const { places } = options;

  function placeFor(role: WindowRole): WindowPlace | undefined {
    const place = places.get(role);
    if (!place) return undefined;
    // Only reuse a place that is still on a connected screen.
    const visible = screen.getAllDisplays().some((d) => {
      const b = d.workArea;
      return place.x !== undefined && place.y !== undefined && place.x >= b.x - 50 && place.y >= b.y - 50 && place.x < b.x + b.width && place.y < b.y + b.height;
    });
    return visible ? place : { width: place.width, height: place.height };
  }

  function open(role: WindowRole): BrowserWindow {
    const existing = windows.get(role);
    if (existing && !existing.isDestroyed()) {
      existing.show();
      existing.focus();
      return existing;
    }
    const win = new BrowserWindow(windowOptions(role, options.preloadPath, placeFor(role)));
    windows.set(role, win);
    const disconnect = options.connect(role, (push) => {
      if (!win.isDestroyed()) win.webContents.send(PUSH_CHANNEL, push);
    });
    win.once('ready-to-show', () => {
      if (role === 'circle') {
        const primary = screen.getPrimaryDisplay();
        const external = screen.getAllDisplays().find((d) => d.id !== primary.id);
        if (external) {
          win.setBounds(external.bounds);
          win.setFullScreen(true);
        }
      }
      win.show();
    });
    // The page's process crashed or was killed: load it again. The session lives in main, so the
    // reloaded page gets its view back as it connects; nothing of the session is lost.
    const restarts: number[] = [];
    win.webContents.on('render-process-gone', (_event, details) => {
      if (details.reason === 'clean-exit' || win.isDestroyed()) return;
      options.log?.(`${role} window: renderer gone (${details.reason})`);
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        options.onRendererGoneRepeatedly?.(win);
        return;
      }
      restarts.push(now);
      win.webContents.reload();
    });
    win.on('close', () => {
      if (!win.isFullScreen()) places.set(role, win.getBounds());
    });
    win.on('closed', () => {
      disconnect();
      windows.delete(role);
    });
    void win.loadURL(pageUrl(role));
    return win;
  }

  return {
    open,
    close(role: WindowRole) {
      windows.get(role)?.close();
    },
    get(role: WindowRole) {
      return windows.get(role);
    },
    all(): BrowserWindow[] {
      return [...windows.values()].filter((w) => !w.isDestroyed());
    },
    roleOf(contents: WebContents): WindowRole | null {
      for (const [role, win] of windows) if (!win.isDestroyed() && win.webContents.id === contents.id) return role;
      return null;
    },
  };
}

export type WindowManager = ReturnType<typeof createWindowManager>;

export const preloadPath = (dir: string) => join(dir, 'preload.cjs');
