/**
 * What makes a well-formed command still unacceptable: an empty or duplicate name, minutes out of
 * range, an unknown proposal. Used both to explain a refusal and as the machine's guards, so a
 * refused command can never half-apply.
 */
import { STEPS } from '../method/index.ts';
import { currentTimer } from './current-timer.ts';
import { LIMITS } from './limits.ts';
import { refusal } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { remainingAt } from './timer.ts';
import type { SessionContext, SessionEvent } from './types.ts';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

function checkName(ctx: SessionContext, name: string, exceptId?: string): Refusal | null {
  const trimmed = name.trim();
  if (trimmed.length === 0) return refusal('empty-name');
  if (trimmed.length > LIMITS.nameMaxChars) return refusal('name-too-long');
  if (ctx.plan.participants.some((p) => p.id !== exceptId && sameName(p.name, trimmed))) return refusal('duplicate-name');
  return null;
}

function checkOptionalName(name: string): Refusal | null {
  return name.trim().length > LIMITS.nameMaxChars ? refusal('name-too-long') : null;
}

function checkTitle(title: string): Refusal | null {
  const trimmed = title.trim();
  if (trimmed.length === 0) return refusal('empty-title');
  if (trimmed.length > LIMITS.titleMaxChars) return refusal('title-too-long');
  return null;
}

function checkPresenter(ctx: SessionContext, presenterId: string | null): Refusal | null {
  if (presenterId === null) return null;
  return ctx.plan.participants.some((p) => p.id === presenterId) ? null : refusal('unknown-participant');
}

const inRange = (n: number, r: { min: number; max: number }) => Number.isInteger(n) && n >= r.min && n <= r.max;

function checkMinutes(n: number, r: { min: number; max: number }): Refusal | null {
  return inRange(n, r) ? null : refusal('minutes-out-of-range');
}

function firstRefusal(...checks: (Refusal | null)[]): Refusal | null {
  return checks.find((c) => c !== null) ?? null;
}

/** The reason this event may not be applied to this context, or null when it may. */
export function semanticRefusal(ctx: SessionContext, e: SessionEvent): Refusal | null {
  switch (e.type) {
    case 'ADD_PARTICIPANT':
      if (ctx.plan.participants.some((p) => p.id === e.id)) return refusal('duplicate-id');
      return checkName(ctx, e.name);
    case 'RENAME_PARTICIPANT':
      if (!ctx.plan.participants.some((p) => p.id === e.id)) return refusal('unknown-participant');
      return checkName(ctx, e.name, e.id);
    case 'REMOVE_PARTICIPANT': {
      if (!ctx.plan.participants.some((p) => p.id === e.id)) return refusal('unknown-participant');
      const presents = ctx.proposals.some((p) => p.presenterId === e.id && p.status === 'chosen');
      return presents ? refusal('presenter-in-case') : null;
    }
    case 'SET_FACILITATORS':
      return firstRefusal(checkOptionalName(e.supervisorName), checkOptionalName(e.secondFacilitatorName));
    case 'SET_SCHEDULE':
      return inRange(e.plannedCases, LIMITS.plannedCases)
        ? firstRefusal(
            checkMinutes(e.openingMinutes, LIMITS.scheduleMinutes),
            checkMinutes(e.breakMinutes, LIMITS.scheduleMinutes),
            checkMinutes(e.closingMinutes, LIMITS.scheduleMinutes),
          )
        : refusal('minutes-out-of-range');
    case 'START_WARMUP':
      return checkMinutes(e.minutes, LIMITS.warmupMinutes);
    case 'ADD_PROPOSAL':
      if (ctx.proposals.some((p) => p.id === e.id)) return refusal('duplicate-id');
      return firstRefusal(checkTitle(e.title), checkPresenter(ctx, e.presenterId));
    case 'EDIT_PROPOSAL':
      if (!ctx.proposals.some((p) => p.id === e.id)) return refusal('unknown-proposal');
      return firstRefusal(checkTitle(e.title), checkPresenter(ctx, e.presenterId));
    case 'WITHDRAW_PROPOSAL':
    case 'CHOOSE_PROPOSAL': {
      const proposal = ctx.proposals.find((p) => p.id === e.id);
      if (!proposal) return refusal('unknown-proposal');
      if (proposal.status !== 'open') return refusal('proposal-not-open');
      if (e.type === 'CHOOSE_PROPOSAL') {
        if (ctx.cases.some((c) => c.id === e.caseId)) return refusal('duplicate-id');
        const bad = Object.values(e.minutes ?? {}).some((m) => m === undefined || !inRange(m, LIMITS.stepMinutes));
        if (bad) return refusal('minutes-out-of-range');
      }
      return null;
    }
    case 'RESTORE_PROPOSAL': {
      const proposal = ctx.proposals.find((p) => p.id === e.id);
      if (!proposal) return refusal('unknown-proposal');
      return proposal.status === 'withdrawn' ? null : refusal('not-now');
    }
    case 'SET_STEP_MINUTES': {
      const bad = checkMinutes(e.minutes, LIMITS.stepMinutes);
      if (bad) return bad;
      const clock = ctx.clock;
      if (clock?.kind !== 'step') return refusal('not-now');
      const stepIndex = STEPS.findIndex((s) => s.id === e.stepId);
      return stepIndex < clock.stepIndex ? refusal('step-already-done') : null;
    }
    case 'EXTEND':
      return inRange(e.ms, LIMITS.adjustMs) ? null : refusal('adjust-out-of-range');
    case 'SHORTEN': {
      if (!inRange(e.ms, LIMITS.adjustMs)) return refusal('adjust-out-of-range');
      const timer = currentTimer(ctx);
      return timer && remainingAt(timer, e.now).remainingMs === 0 ? refusal('nothing-to-shorten') : null;
    }
    case 'START_BREAK':
      return checkMinutes(e.minutes, LIMITS.breakMinutes);
    case 'CLOCK_JUMP':
      return Number.isFinite(e.deltaMs) ? null : refusal('invalid-payload');
    default:
      return null;
  }
}
