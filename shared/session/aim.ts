import type { AimedEvent, SessionEventType } from './types.ts';

/** The events that carry `atMove`: they depend on what the sender saw (moves and time controls). */
export const AIMED_EVENT_TYPES = [
  'CONFIRM_PLAN',
  'START_WARMUP',
  'END_WARMUP',
  'FINISH_OPENING',
  'CHOOSE_PROPOSAL',
  'START',
  'PAUSE',
  'RESUME',
  'EXTEND',
  'SHORTEN',
  'NEXT',
  'BACK',
  'START_BREAK',
  'END_BREAK',
  'NEXT_CASE',
  'CLOSE_SESSION',
  'FINISH_SESSION',
] as const satisfies readonly AimedEvent['type'][];

// The list names every aimed event type, no more, no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const listComplete: Same<(typeof AIMED_EVENT_TYPES)[number], AimedEvent['type']> = true;
void listComplete;

export const isAimedType = (type: SessionEventType | string): boolean => (AIMED_EVENT_TYPES as readonly string[]).includes(type);
