/**
 * Which prompts the supervisor sees first. Pure: from the step, the settings (own prompts and
 * favourites), the time (two minutes left) and the timekeeper's observation tags in this step.
 */
import { OBSERVATION_TAGS } from '../../shared/method/observations.ts';
import type { ObservationTagId } from '../../shared/method/observations.ts';
import { SITUATIONS, STEP_PROMPTS } from '../../shared/method/prompts.ts';
import type { Prompt, SituationId } from '../../shared/method/prompts.ts';
import type { Localized, StepId } from '../../shared/method/types.ts';
import type { Observation } from '../../shared/ipc/records.ts';
import type { Settings } from '../../shared/ipc/settings.ts';

export interface PromptItem {
  id: string;
  /** Method prompts are Localized; a person's own prompt is one string in their language. */
  text: Localized | string;
  to: Prompt['to'] | null;
  own: boolean;
  favourite: boolean;
}

export type BoostReason = { kind: 'time' } | { kind: 'tag'; tag: ObservationTagId; count: number };

export interface Boost {
  situation: SituationId;
  reasons: BoostReason[];
}

/** How often a tag must be noted in this step before its situation comes forward. */
const TAG_THRESHOLD: Partial<Record<ObservationTagId, number>> = {
  'presenter-interrupts': 1,
  emotion: 1,
  'disguised-advice': 1,
};
const DEFAULT_THRESHOLD = 2;

export function stepPrompts(stepId: StepId, settings: Pick<Settings, 'customPrompts' | 'favouritePrompts'>): PromptItem[] {
  const fav = new Set(settings.favouritePrompts);
  const method: PromptItem[] = STEP_PROMPTS[stepId].map((p) => ({ id: p.id, text: p.text, to: p.to, own: false, favourite: fav.has(p.id) }));
  const own: PromptItem[] = settings.customPrompts
    .filter((p) => p.stepId === stepId || p.stepId === null)
    .map((p) => ({ id: p.id, text: p.text, to: null, own: true, favourite: fav.has(p.id) }));
  const all = [...own, ...method];
  // Favourites first, otherwise the order of the method (own prompts before, as the supervisor's voice).
  return [...all.filter((p) => p.favourite), ...all.filter((p) => !p.favourite)];
}

export function situationPrompts(situation: SituationId, favourites: readonly string[]): PromptItem[] {
  const fav = new Set(favourites);
  const found = SITUATIONS.find((s) => s.id === situation);
  const items = (found?.prompts ?? []).map((p) => ({ id: p.id, text: p.text, to: p.to, own: false, favourite: fav.has(p.id) }));
  return [...items.filter((p) => p.favourite), ...items.filter((p) => !p.favourite)];
}

/** Situations to bring forward now, most pressing first. */
export function boosts(input: { stepId: StepId; caseId: string | null; endingSoon: boolean; observations: readonly Observation[] }): Boost[] {
  const out = new Map<SituationId, BoostReason[]>();
  const add = (situation: SituationId, reason: BoostReason) => out.set(situation, [...(out.get(situation) ?? []), reason]);
  const here = input.observations.filter((o) => o.stepId === input.stepId && o.caseId === input.caseId && o.tag !== null);
  const counts = new Map<ObservationTagId, number>();
  for (const o of here) if (o.tag) counts.set(o.tag, (counts.get(o.tag) ?? 0) + 1);
  // Most-noted tags first.
  for (const [tag, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const situation = OBSERVATION_TAGS.find((t) => t.id === tag)?.situation;
    if (situation && count >= (TAG_THRESHOLD[tag] ?? DEFAULT_THRESHOLD)) add(situation, { kind: 'tag', tag, count });
  }
  if (input.endingSoon) add('time-running-out', { kind: 'time' });
  const list = [...out].map(([situation, reasons]) => ({ situation, reasons }));
  // Time running out is the most pressing when it applies.
  return list.sort((a, b) => Number(b.reasons.some((r) => r.kind === 'time')) - Number(a.reasons.some((r) => r.kind === 'time')));
}
