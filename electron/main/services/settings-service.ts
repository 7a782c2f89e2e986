/**
 * Settings that are not confidential (language, sounds, durations, window places, retention,
 * auto-lock). Stored by electron-store in the app, or by its engine `conf` in browser mode;
 * anything invalid falls back to the default with a message, never a crash.
 */
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema } from '../../../shared/ipc/index.ts';
import type { Settings, SettingsPatch } from '../../../shared/ipc/index.ts';
import { languageFromLocales, migrateLanguage } from '../../../shared/i18n/lang.ts';
import type { Localized } from '../../../shared/method/index.ts';

/** The little of electron-store / conf that is needed: the whole stored object. */
export interface SettingsBacking {
  read(): unknown;
  write(value: Settings): void;
}

export const SETTINGS_RESET_MESSAGE: Localized = {
  nl: 'Sommige instellingen waren ongeldig en staan terug op de standaardwaarde.',
  en: 'Some settings were invalid and have been reset to their defaults.',
};

/**
 * Keep every valid field; replace each invalid one by its default. The language: a missing one (the
 * first start) comes from the system's locales, and the earlier setting 'nl' becomes nl-BE or nl-NL
 * (`migrated`: worth writing back, but nothing to tell the person).
 */
export function sanitizeSettings(raw: unknown, systemLocales: readonly string[] = []): { settings: Settings; resetFields: string[]; migrated: boolean } {
  const original = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const language = 'language' in original ? migrateLanguage(original.language, systemLocales) : languageFromLocales(systemLocales);
  const migrated = language !== original.language;
  const source: Record<string, unknown> = { ...original, language };
  // An invalid language falls back to the system's, like a first start.
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS, language: languageFromLocales(systemLocales) };
  const resetFields: string[] = [];
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!(key in source)) continue;
    const field = settingsSchema.shape[key].safeParse(source[key]);
    if (field.success) settings[key] = field.data;
    else resetFields.push(key);
  }
  if (raw !== undefined && original !== raw) resetFields.push('*');
  return { settings: settings as unknown as Settings, resetFields, migrated };
}

/** `systemLocales`: the operating system's preferred locales, most preferred first (first start only). */
export function createSettingsService(backing: SettingsBacking, notify: (message: Localized) => void, systemLocales: readonly string[] = []) {
  let raw: unknown;
  try {
    raw = backing.read();
  } catch {
    raw = 'unreadable';
  }
  const { settings: initial, resetFields, migrated } = sanitizeSettings(raw, systemLocales);
  let settings = initial;
  if (resetFields.length > 0) notify(SETTINGS_RESET_MESSAGE);
  if (resetFields.length > 0 || migrated) {
    try {
      backing.write(settings);
    } catch {
      // Writing the repair back is a courtesy: the app runs on the defaults in memory either way.
    }
  }
  const listeners = new Set<(s: Settings) => void>();

  return {
    get: (): Settings => settings,
    set(patch: SettingsPatch): Settings {
      const valid = settingsPatchSchema.parse(patch);
      const next = { ...settings, ...valid } as Settings;
      backing.write(next); // if this throws, nothing has changed
      settings = next;
      listeners.forEach((l) => l(settings));
      return settings;
    },
    onChange(listener: (s: Settings) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
