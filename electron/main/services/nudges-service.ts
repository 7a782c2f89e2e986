/**
 * The timekeeper's private line to the supervisor. Kept in memory only (a nudge is a moment, not a
 * record): the last few, each until the supervisor has seen it. Every change is told to the
 * listener, which pushes the list to the supervisor's and the timekeeper's windows and to no other.
 */
import { randomUUID } from 'node:crypto';
import { NUDGES_KEPT } from '../../../shared/ipc/index.ts';
import type { Localized } from '../../../shared/method/index.ts';
import type { Nudge, NudgePresetId, Reply } from '../../../shared/ipc/index.ts';
import type { Clock } from './clock.ts';

const EMPTY: Localized = {
  nl: 'Kies een van de signalen of typ een korte zin.',
  en: 'Choose one of the signals or type a short line.',
};
const UNKNOWN: Localized = {
  nl: 'Dit signaal is er niet meer; er is niets veranderd.',
  en: 'This signal is no longer there; nothing changed.',
};

export type NudgesService = ReturnType<typeof createNudgesService>;

export function createNudgesService(clock: Clock, onChange: (nudges: Nudge[]) => void) {
  let nudges: Nudge[] = [];

  const changed = () => onChange(nudges);

  return {
    list: (): Nudge[] => nudges,

    send(preset: NudgePresetId | null, text: string): Reply<Nudge> {
      const trimmed = text.trim();
      if (preset === null && trimmed === '') return { ok: false, error: { code: 'empty-nudge', message: EMPTY } };
      const nudge: Nudge = { id: randomUUID(), preset, text: trimmed, sentAt: clock.now(), seenAt: null };
      nudges = [...nudges, nudge].slice(-NUDGES_KEPT);
      changed();
      return { ok: true, value: nudge };
    },

    /** Seen: acknowledging twice (two clicks, or after the other press) changes nothing the second time. */
    ack(id: string): Reply<null> {
      const nudge = nudges.find((n) => n.id === id);
      if (!nudge) return { ok: false, error: { code: 'unknown-nudge', message: UNKNOWN } };
      if (nudge.seenAt === null) {
        nudges = nudges.map((n) => (n.id === id ? { ...n, seenAt: clock.now() } : n));
        changed();
      }
      return { ok: true, value: null };
    },

    /** A new session starts with a clean line. */
    clear() {
      if (nudges.length === 0) return;
      nudges = [];
      changed();
    },
  };
}
