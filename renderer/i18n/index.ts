/**
 * The one i18n layer: every string a window shows is a key in STRINGS (Dutch and English) or a
 * Localized text from the method data. Language comes from the settings.
 */
import { useCallback, useMemo } from 'react';
import type { Localized } from '../../shared/method/types.ts';
import { settingsStore, useSettings } from '../common/store.ts';
import { STRINGS } from './strings.ts';

export type Lang = 'nl' | 'en';
export type StringKey = keyof typeof STRINGS;
export type Vars = Record<string, string | number>;

export function interpolate(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(lang: Lang, key: StringKey, vars?: Vars): string {
  return interpolate(STRINGS[key][lang], vars);
}

export interface T {
  (key: StringKey, vars?: Vars): string;
  /** Pick the language from a Localized text (method content, messages from main). */
  l: (text: Localized, vars?: Vars) => string;
  lang: Lang;
}

export function makeT(lang: Lang): T {
  const t = ((key: StringKey, vars?: Vars) => translate(lang, key, vars)) as T;
  t.l = (text, vars) => interpolate(text[lang], vars);
  t.lang = lang;
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
  return useCallback((text: Localized) => text[lang], [lang]);
}
