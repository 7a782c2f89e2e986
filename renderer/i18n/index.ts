/**
 * The windows' side of the one catalog (shared/i18n): `const t = useT(); t('key', { n: 3 })` and
 * `t.l(localized)` for method content and messages from main. The language comes from the settings,
 * which main pushes to every window at once; a window draws in it once its words are loaded
 * (words.ts), and draws again when words arrive.
 */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { Localized } from '../../shared/method/types.ts';
import type { Lang } from '../../shared/i18n/lang.ts';
import { interpolate, localize } from '../../shared/i18n/localize.ts';
import type { Vars } from '../../shared/i18n/localize.ts';
import { makeT } from './make-t.ts';
import type { T } from './make-t.ts';
import { readyLang, translate, wordsVersion } from './words.ts';

export { interpolate, translate };
export type { Lang, Vars };
export { currentT, makeT } from './make-t.ts';
export type { StringKey, T } from './make-t.ts';

/** The language this window shows: the chosen one, once its words are here. */
export function useLang(): Lang {
  return useSyncExternalStore(readyLang.subscribe, readyLang.get, readyLang.get);
}

export function useT(): T {
  const lang = useLang();
  const version = useSyncExternalStore(wordsVersion.subscribe, wordsVersion.get, wordsVersion.get);
  return useMemo(() => makeT(lang), [lang, version]);
}

export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text: Localized) => localize(text, lang), [lang]);
}
