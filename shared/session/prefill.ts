/**
 * A plan filled in ahead: from a circle (its people, facilitators and durations) or from the plan
 * being replaced when the supervisor switches method while planning. Expressed as the ordinary
 * plan commands, so the machine checks every one as if it were typed.
 */
import { methodById } from '../method/index.ts';
import type { MethodId, StepId, TemplateId } from '../method/index.ts';
import type { Plan, SessionEvent } from './types.ts';

export interface PlanPrefill {
  participants: readonly string[];
  supervisorName: string;
  secondFacilitatorName: string;
  templateId?: TemplateId;
  stepMinutes?: Partial<Record<StepId, number>>;
  schedule?: Partial<Pick<Plan, 'plannedCases' | 'openingMinutes' | 'breakMinutes' | 'closingMinutes' | 'startsAt' | 'autoAdvance'>>;
}

/** What of a plan carries over to a session of another method. */
export function prefillOf(plan: Plan): PlanPrefill {
  const { plannedCases, openingMinutes, breakMinutes, closingMinutes, startsAt, autoAdvance } = plan;
  return {
    participants: plan.participants.map((p) => p.name),
    supervisorName: plan.supervisorName,
    secondFacilitatorName: plan.secondFacilitatorName,
    templateId: plan.templateId,
    ...(plan.stepMinutes && { stepMinutes: plan.stepMinutes }),
    schedule: { plannedCases, openingMinutes, breakMinutes, closingMinutes, startsAt, autoAdvance },
  };
}

/**
 * The commands that fill a fresh session's plan, for its method: a template or minutes of another
 * method are left out (the method's own default applies). `newId` makes participant ids.
 */
export function prefillCommands(methodId: MethodId, prefill: PlanPrefill, now: number, newId: () => string): SessionEvent[] {
  const method = methodById(methodId);
  const events: SessionEvent[] = [];
  for (const name of prefill.participants) events.push({ type: 'ADD_PARTICIPANT', id: newId(), name, now });
  if (prefill.supervisorName) events.push({ type: 'SET_FACILITATOR', role: 'supervisor', name: prefill.supervisorName, now });
  if (prefill.secondFacilitatorName) events.push({ type: 'SET_FACILITATOR', role: 'second', name: prefill.secondFacilitatorName, now });
  if (prefill.templateId && method.templates.some((t) => t.id === prefill.templateId)) events.push({ type: 'SET_TEMPLATE', templateId: prefill.templateId, now });
  for (const step of method.steps) {
    const minutes = prefill.stepMinutes?.[step.id];
    if (minutes !== undefined) events.push({ type: 'SET_PLAN_STEP_MINUTES', stepId: step.id, minutes, now });
  }
  const s = prefill.schedule ?? {};
  for (const field of ['plannedCases', 'openingMinutes', 'breakMinutes', 'closingMinutes'] as const) {
    const value = s[field];
    if (value !== undefined) events.push({ type: 'SET_SCHEDULE', field, value, now });
  }
  if (s.startsAt !== undefined) events.push({ type: 'SET_START', startsAt: s.startsAt, now });
  if (s.autoAdvance !== undefined) events.push({ type: 'SET_AUTO_ADVANCE', enabled: s.autoAdvance, now });
  return events;
}
