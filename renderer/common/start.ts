/**
 * The first thing a window runs: connect to main at once, then load the UI. The connection and
 * the first view are on their way while React, the screens and the window's words are still being
 * fetched and compiled, so the digits appear as soon as the UI can draw them.
 */
import { api } from './api.ts';
import { loadWords } from 'virtual:kring-words';
import { followLanguage } from '../i18n/follow-language.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import { connectStores } from './stores.ts';

/** Tell main a person is here (keeps the vault from locking), at most twice a minute. */
function watchActivity() {
  let last = 0;
  const ping = () => {
    const now = Date.now();
    if (now - last < 30_000) return;
    last = now;
    void api()['vault.activity']({});
  };
  window.addEventListener('pointerdown', ping, { passive: true });
  window.addEventListener('keydown', ping, { passive: true });
}

export function startWindow(load: () => Promise<{ render: () => void }>, options: { role: WindowRole; activity: boolean }) {
  connectStores(api());
  if (options.activity) watchActivity();
  // The UI and this window's words in its language load side by side; it draws when both are here.
  const words = followLanguage(options.role, loadWords);
  void Promise.all([load(), words]).then(([ui]) => ui.render());
}
