import type { Nudge, NudgePresetId } from '../../shared/ipc/nudges.ts';
import type { StringKey, T } from '../i18n/index.ts';

export const NUDGE_LABELS: Record<NudgePresetId, StringKey> = {
  'two-minutes': 'nudge.preset.two-minutes',
  'back-to-case': 'nudge.preset.back-to-case',
  'advice-creeping': 'nudge.preset.advice-creeping',
  'presenter-wants-to-respond': 'nudge.preset.presenter-wants-to-respond',
  'let-silence-be': 'nudge.preset.let-silence-be',
};

/** What a nudge says, in the reader's language: the preset's words, then the free text. */
export function nudgeText(t: T, nudge: Nudge): string {
  const preset = nudge.preset ? t(NUDGE_LABELS[nudge.preset]) : '';
  return [preset, nudge.text].filter(Boolean).join(' · ');
}
