/**
 * The windows' side of the one catalog (shared/i18n): `const t = useT(); t('key', { n: 3 })` and
 * `t.l(localized)` for method content and messages from main. The language comes from the settings,
 * which main pushes to every window at once; a window draws in it once its words are loaded
 * (words.ts), and draws again when words arrive.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Localized } from '../../shared/method/types.ts';
import { baseOf } from '../../shared/i18n/lang.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import type { MessageKey } from '../../shared/i18n/messages.ts';
import { interpolate, localize } from '../../shared/i18n/localize.ts';
import type { Vars } from '../../shared/i18n/localize.ts';
import { readyLang, translate, wordsVersion } from './words.ts';

export { interpolate, translate };
export type { Lang, Vars };
export type StringKey = MessageKey;

export interface T {
  (key: StringKey, vars?: Vars): string;
  /** Pick the language from a Localized text (method content, messages from main). */
  l: (text: Localized, vars?: Vars) => string;
  lang: Lang;
  /** 'nl' or 'en': for the `lang` attribute and for code that only cares about Dutch or not. */
  base: 'nl' | 'en';
}

export function makeT(lang: Lang): T {
  const t = ((key: StringKey, vars?: Vars) => translate(lang, key, vars)) as T;
  t.l = (text, vars) => localize(text, lang, vars);
  t.lang = lang;
  t.base = baseOf(lang);
  return t;
}

/** The language this window shows: the chosen one, once its words are here. */
export function useLang(): Lang {
  return useSyncExternalStore(readyLang.subscribe, readyLang.get, readyLang.get);
}

export function useT(): T {
  const lang = useLang();
  const version = useSyncExternalStore(wordsVersion.subscribe, wordsVersion.get, wordsVersion.get);
  return useMemo(() => makeT(lang), [lang, version]);
}

/** For code outside React (notifications, document title). */
export function currentT(): T {
  return makeT(readyLang.get());
}

export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text: Localized) => localize(text, lang), [lang]);
}
