import { DEFAULT_LANG } from '../i18n/lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { StepId } from '../method/index.ts';
import type { WindowRole } from './roles.ts';

/** Not confidential: kept in electron-store (plain), validated, defaults on anything invalid. */
export interface Settings {
  /** nl-BE, nl-NL or en; the first start picks it from the system's locale (shared/i18n/lang.ts). */
  language: Lang;
  theme: 'system' | 'light' | 'dark';
  sound: boolean;
  notifications: boolean;
  circleDisplay: 'digits' | 'bar' | 'hidden';
  autoLockMinutes: number;
  retentionMonths: number;
  /** Per step: minutes before the end at which the warning comes (method defaults otherwise). */
  warningMinutes: Partial<Record<StepId, number>>;
  customPrompts: { id: string; stepId: StepId | null; text: string }[];
  favouritePrompts: string[];
  /** Keep the supervisor window out of screen shares and recordings (macOS, Windows). */
  contentProtection: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  language: DEFAULT_LANG,
  theme: 'system',
  sound: true,
  notifications: false,
  circleDisplay: 'digits',
  autoLockMinutes: 15,
  retentionMonths: 12,
  warningMinutes: {},
  customPrompts: [],
  favouritePrompts: [],
  contentProtection: true,
};

export type SettingsPatch = Partial<Settings>;

/**
 * The settings a window of each role uses, and so the only ones main sends it. The circle display
 * (seen by the whole group) and the timekeeper never receive free text such as own prompts.
 */
export const SETTINGS_FOR_ROLE = {
  supervisor: Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[],
  timekeeper: ['language', 'theme', 'sound', 'notifications', 'warningMinutes'],
  circle: ['language', 'theme', 'circleDisplay', 'warningMinutes'],
} as const satisfies Record<WindowRole, readonly (keyof Settings)[]>;

/** What a window is sent: its role's part of the settings (windows fill the rest with defaults). */
export type WindowSettings = Partial<Settings>;

export function settingsForRole(role: WindowRole, settings: Settings): WindowSettings {
  const keys: readonly (keyof Settings)[] = SETTINGS_FOR_ROLE[role];
  return Object.fromEntries(keys.map((k) => [k, settings[k]])) as WindowSettings;
}
