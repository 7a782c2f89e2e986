/** Names for where the session is, shared by all windows. */
import { anyStepById, methodOfStep } from '../../shared/method/method.ts';
import { WARMUPS } from '../../shared/method/warmups.ts';
import type { StepDefinition } from '../../shared/method/types.ts';
import type { Phase } from '../../shared/session/types.ts';
import type { CurrentView } from '../../shared/session/views.ts';
import type { Settings } from '../../shared/ipc/settings.ts';
import type { StringKey, T } from '../i18n/index.ts';

export const PHASE_KEYS: Record<Phase, StringKey> = {
  planning: 'phase.planning',
  opening: 'phase.opening',
  choosing: 'phase.choosing',
  case: 'phase.case',
  caseEnd: 'phase.caseEnd',
  break: 'phase.break',
  closing: 'phase.closing',
  closed: 'phase.closed',
};

export function currentStep(current: CurrentView | null): StepDefinition | null {
  if (current?.kind !== 'step' || current.stepId === null) return null;
  return anyStepById(current.stepId);
}

/** How many steps the method of this step has: "Stap 3 van 6", "Stap 3 van 5". */
export const stepTotal = (step: StepDefinition): number => methodOfStep(step.id).steps.length;

/** "Stap 3 van 6 · Informatieve vragen", "Opwarming · Landen in je lijf", "Pauze". */
export function whereLabel(t: T, phase: Phase, current: CurrentView | null): string {
  const step = currentStep(current);
  if (step) return `${t('step.numberOf', { n: step.number, total: stepTotal(step) })} · ${t.l(step.name)}`;
  if (current?.kind === 'warmup') {
    const warmup = WARMUPS.find((w) => w.id === current.warmupId);
    return warmup ? `${t('phase.warmup')} · ${t.l(warmup.name)}` : t('phase.warmup');
  }
  if (current?.kind === 'break') return t('phase.break');
  if (current?.kind === 'closing') return t('phase.closing');
  return t(PHASE_KEYS[phase]);
}

/** The warning threshold for the current timer: the setting for this step, else the step's own. */
export function warningMsFor(current: CurrentView | null, settings: Settings): number | undefined {
  if (!current) return undefined;
  const step = currentStep(current);
  const minutes = step ? settings.warningMinutes[step.id] : undefined;
  return minutes !== undefined ? minutes * 60_000 : current.timer.warningMs;
}

/** "Nog 2 minuten." / "Nog 1 minuut." at the warning. */
export function warningText(t: T, warningMs: number | undefined): string {
  const min = Math.max(1, Math.round((warningMs ?? 0) / 60_000));
  return t('signal.warning', { min });
}
