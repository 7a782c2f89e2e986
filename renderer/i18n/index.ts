/**
 * The windows' side of the one catalog (shared/i18n): `const t = useT(); t('key', { n: 3 })` and
 * `t.l(localized)` for method content and messages from main. The language comes from the settings,
 * which main pushes to every window at once.
 */
import { useCallback, useMemo } from 'react';
import type { Localized } from '../../shared/method/types.ts';
import { interpolate, localize, translate } from '../../shared/i18n/index.ts';
import type { Lang, Vars } from '../../shared/i18n/index.ts';
import { useSettings } from '../common/store.ts';
import { makeT } from './make-t.ts';
import type { T } from './make-t.ts';

export { interpolate, translate };
export type { Lang, Vars };
export { currentT, makeT } from './make-t.ts';
export type { StringKey, T } from './make-t.ts';

export function useLang(): Lang {
  return useSettings().language;
}

export function useT(): T {
  const lang = useLang();
  return useMemo(() => makeT(lang), [lang]);
}

export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return useCallback((text: Localized) => localize(text, lang), [lang]);
}
