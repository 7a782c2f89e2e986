/**
 * A window's words follow the language in the settings: loaded before the window first draws, and
 * again whenever the language changes (every window at once: main pushes the settings to all).
 */
import { DEFAULT_LANG, isLang } from '../../shared/i18n/lang.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { settingsKnownStore, settingsStore } from '../common/stores.ts';
import { chooseLanguage, prefetchWords, useWordsFrom } from './words.ts';
import type { WindowRole } from '../../shared/ipc/roles.ts';
import type { Loader } from './words.ts';

/** How long a window waits for main to say its language before it draws in Kring's default. */
const WAIT_FOR_SETTINGS_MS = 1000;

/** Only which language this window showed: a hint for the next start, never a setting. */
const LAST_SHOWN = 'kring-last-language';

function lastShown(): Lang | null {
  try {
    const value = window.localStorage.getItem(LAST_SHOWN);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

function remember(lang: Lang): void {
  try {
    window.localStorage.setItem(LAST_SHOWN, lang);
  } catch {
    // Storage full or off: the next start just guesses Kring's default.
  }
}

/** Resolves when the window has words to draw with. */
export function followLanguage(role: WindowRole, load: Loader): Promise<void> {
  useWordsFrom(role, load);
  // Main says the language a moment later; the words of the one shown last time are on their way
  // already. (The first time, no guess: fetching the wrong language's words would only cost.)
  const last = lastShown();
  if (last) prefetchWords(last);
  return new Promise((ready) => {
    let followed: Lang | null = null;
    const follow = () => {
      if (!settingsKnownStore.get()) return;
      const lang = settingsStore.get().language;
      if (lang === followed) return;
      followed = lang;
      void chooseLanguage(lang).then(() => {
        remember(lang);
        ready();
      });
    };
    settingsStore.subscribe(follow);
    settingsKnownStore.subscribe(follow);
    follow();
    setTimeout(() => {
      if (followed === null) void chooseLanguage(DEFAULT_LANG).then(ready);
    }, WAIT_FOR_SETTINGS_MS);
  });
}
