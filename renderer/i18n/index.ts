/**
 * The windows' side of the one catalog (shared/i18n): `const t = useT(); t('key', { n: 3 })` and
 * `t.l(localized)` for method content and messages from main. The language comes from the settings,
 * which main pushes to every window at once.
 */
import { useCallback, useMemo } from 'react';
import type { Localized } from '../../shared/method/types.ts';
import { baseOf, interpolate, localize, translate } from '../../shared/i18n/index.ts';
import type { Lang, MessageKey, Vars } from '../../shared/i18n/index.ts';
import { settingsStore, useSettings } from '../common/store.ts';

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

export function useLang(): Lang {
  return useSettings().language;
}

export function useT(): T {
  const lang = useLang();
  return useMemo(() => makeT(lang), [lang]);
}

/** For code outside React (notifications, document title). */
export function currentT(): T {
  return makeT(settingsStore.get().language);
}

export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text: Localized) => localize(text, lang), [lang]);
}
