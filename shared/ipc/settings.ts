import type { StepId } from '../method/index.ts';

/** Not confidential: kept in electron-store (plain), validated, defaults on anything invalid. */
export interface Settings {
  language: 'nl' | 'en';
  theme: 'system' | 'light' | 'dark';
  sound: boolean;
  notifications: boolean;
  circleDisplay: 'digits' | 'bar';
  autoLockMinutes: number;
  retentionMonths: number;
  /** Per step: minutes before the end at which the warning comes (method defaults otherwise). */
  warningMinutes: Partial<Record<StepId, number>>;
  customPrompts: { id: string; stepId: StepId | null; text: string }[];
  favouritePrompts: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'nl',
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
