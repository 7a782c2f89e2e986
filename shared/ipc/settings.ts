import { DEFAULT_LANG } from '../i18n/lang.ts';
import type { Lang } from '../i18n/lang.ts';
import type { StepId } from '../method/index.ts';

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
};

export type SettingsPatch = Partial<Settings>;
