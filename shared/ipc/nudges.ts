/**
 * The private line from the second facilitator to the supervisor: a short signal that reaches the
 * supervisor's window only (never the circle display, never an export unless the supervisor keeps
 * it), and shows the timekeeper when it was seen.
 */
export const NUDGE_PRESETS = ['two-minutes', 'back-to-case', 'advice-creeping', 'presenter-wants-to-respond', 'let-silence-be'] as const;
export type NudgePresetId = (typeof NUDGE_PRESETS)[number];

/** Free text a timekeeper may add: a short line, not a note. */
export const NUDGE_TEXT_MAX = 140;
/** How many recent nudges main keeps (in memory only). */
export const NUDGES_KEPT = 20;

export interface Nudge {
  id: string;
  preset: NudgePresetId | null;
  text: string;
  sentAt: number;
  /** When the supervisor acknowledged it; null while it waits. */
  seenAt: number | null;
}
