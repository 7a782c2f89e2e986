import { afterEach, describe, expect, it } from 'vitest';
import { APP_ORIGIN, pageUrl, windowOptions } from '../../../electron/main/windows/window-options.ts';
import { WINDOW_ROLES } from '../../../shared/ipc/index.ts';

const PRELOAD = '/opt/Kring/resources/app.asar/out/preload/index.cjs';
const savedDevtools = process.env.KRING_DEVTOOLS;

afterEach(() => {
  if (savedDevtools === undefined) delete process.env.KRING_DEVTOOLS;
  else process.env.KRING_DEVTOOLS = savedDevtools;
});

describe.each(WINDOW_ROLES)('the %s window', (role) => {
  it('is isolated and sandboxed, with no Node anywhere in it', () => {
    delete process.env.KRING_DEVTOOLS;
    const web = windowOptions(role, PRELOAD).webPreferences!;
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, webviews and dropped-file navigation', () => {
    const web = windowOptions(role, PRELOAD).webPreferences!;
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the preload it was given', () => {
    expect(windowOptions(role, PRELOAD).webPreferences?.preload).toBe(PRELOAD);
    expect(windowOptions(role, '/elders/preload.cjs').webPreferences?.preload).toBe('/elders/preload.cjs');
  });

  it('has the developer tools off unless asked for with KRING_DEVTOOLS=1', () => {
    delete process.env.KRING_DEVTOOLS;
    expect(windowOptions(role, PRELOAD).webPreferences?.devTools).toBe(false);
    process.env.KRING_DEVTOOLS = 'true';
    expect(windowOptions(role, PRELOAD).webPreferences?.devTools).toBe(false);
    process.env.KRING_DEVTOOLS = '1';
    expect(windowOptions(role, PRELOAD).webPreferences?.devTools).toBe(true);
  });

  it('shows its page from app://kring, never from a file or the network', () => {
    expect(pageUrl(role)).toBe(`app://kring/${role}.html`);
    expect(pageUrl(role).startsWith(`${APP_ORIGIN}/`)).toBe(true);
  });

  it('opens hidden (shown once ready) and takes a remembered place', () => {
    const options = windowOptions(role, PRELOAD, { x: 10, y: 20, width: 1000, height: 700 });
    expect(options.show).toBe(false);
    expect([options.x, options.y, options.width, options.height]).toEqual([10, 20, 1000, 700]);
  });
});

it('gives each role its own title', () => {
  const titles = WINDOW_ROLES.map((r) => windowOptions(r, PRELOAD).title);
  expect(new Set(titles).size).toBe(WINDOW_ROLES.length);
  expect(titles.every((t) => t?.startsWith('Kring'))).toBe(true);
});
