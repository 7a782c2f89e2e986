import { z } from 'zod';
import { LANGUAGES } from '../i18n/lang.ts';
import { stepIdSchema } from '../session/schema.ts';

/** Runtime check of stored and incoming settings (main side only; windows never load zod). */
const stepId = stepIdSchema;

export const settingsSchema = z.strictObject({
  language: z.enum(LANGUAGES),
  theme: z.enum(['system', 'light', 'dark']),
  sound: z.boolean(),
  notifications: z.boolean(),
  circleDisplay: z.enum(['digits', 'bar', 'hidden']),
  autoLockMinutes: z.number().int().min(1).max(240),
  retentionMonths: z.number().int().min(1).max(120),
  warningMinutes: z.partialRecord(stepId, z.number().min(0).max(30)),
  customPrompts: z.array(z.strictObject({ id: z.string().min(1).max(100), stepId: stepId.nullable(), text: z.string().min(1).max(300) })).max(200),
  favouritePrompts: z.array(z.string().max(100)).max(500),
  contentProtection: z.boolean(),
});

export const settingsPatchSchema = settingsSchema.partial();
