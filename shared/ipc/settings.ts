import { z } from 'zod';
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

const stepId = z.enum(['inbreng', 'stille-inventaris', 'vragen', 'uitwisseling', 'terugkoppeling', 'samenvatting']);

export const settingsSchema = z.strictObject({
  language: z.enum(['nl', 'en']),
  theme: z.enum(['system', 'light', 'dark']),
  sound: z.boolean(),
  notifications: z.boolean(),
  circleDisplay: z.enum(['digits', 'bar']),
  autoLockMinutes: z.number().int().min(1).max(240),
  retentionMonths: z.number().int().min(1).max(120),
  warningMinutes: z.partialRecord(stepId, z.number().min(0).max(30)),
  customPrompts: z.array(z.strictObject({ id: z.string().min(1).max(100), stepId: stepId.nullable(), text: z.string().min(1).max(300) })).max(200),
  favouritePrompts: z.array(z.string().max(100)).max(500),
});

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = Partial<Settings>;
