/**
 * How each window is made. Pure data, so a test can check every security setting without Electron.
 * Security is set explicitly on every window, never left to defaults.
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowRole } from '../../../shared/ipc/index.ts';

export const APP_ORIGIN = 'app://kring';

export function pageUrl(role: WindowRole): string {
  return `${APP_ORIGIN}/${role}.html`;
}

const TITLES: Record<WindowRole, string> = {
  supervisor: 'Kring — begeleider',
  timekeeper: 'Kring — tijdbewaker',
  circle: 'Kring — kringscherm',
};

const SIZES: Record<WindowRole, { width: number; height: number; minWidth: number; minHeight: number }> = {
  supervisor: { width: 1366, height: 860, minWidth: 960, minHeight: 640 },
  timekeeper: { width: 900, height: 700, minWidth: 480, minHeight: 400 },
  circle: { width: 1280, height: 720, minWidth: 640, minHeight: 360 },
};

export interface WindowPlace {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** macOS checks spelling with its own dictionaries; Windows and Linux would fetch Hunspell ones. */
export function systemSpellcheck(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export function windowOptions(
  role: WindowRole,
  preloadPath: string,
  place?: WindowPlace,
  platform: NodeJS.Platform = process.platform,
): BrowserWindowConstructorOptions {
  const size = SIZES[role];
  return {
    title: TITLES[role],
    width: place?.width ?? size.width,
    height: place?.height ?? size.height,
    ...(place?.x !== undefined && place?.y !== undefined ? { x: place.x, y: place.y } : {}),
    minWidth: size.minWidth,
    minHeight: size.minHeight,
    show: false,
    backgroundColor: '#101418',
    autoHideMenuBar: role !== 'supervisor',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Only where the system checks spelling itself (macOS): elsewhere Chromium would download
      // Hunspell dictionaries from the internet. See security.ts keepSpellcheckOffline.
      spellcheck: role === 'supervisor' && systemSpellcheck(platform),
      devTools: process.env.KRING_DEVTOOLS === '1',
      safeDialogs: true,
      // The timekeeper's soft chime must sound at time-up without a click first.
      autoplayPolicy: role === 'timekeeper' ? 'no-user-gesture-required' : 'user-gesture-required',
    },
  };
}
