/**
 * What makes a well-formed command still unacceptable: aimed at a move the session already made,
 * an empty or duplicate name, minutes out of range, an unknown proposal. The machine's `valid`
 * guard is this check, and `explainRefusal` is the one place that says why a command was refused,
 * so a refused command can never half-apply and is never refused without a reason.
 */
import { methodById } from '../method/index.ts';
import { currentTimer } from './current-timer.ts';
import { LIMITS } from './limits.ts';
import { refusal } from './refusal.ts';
import type { Refusal } from './refusal.ts';
import { remainingAt, statusAt } from './timer.ts';
import type { AimedEvent, SessionContext, SessionEvent } from './types.ts';

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

const isAimed = (e: SessionEvent): e is AimedEvent & { now: number } => 'atMove' in e;

/** The reason this event may not be applied to this context, or null when it may. */
export function semanticRefusal(ctx: SessionContext, e: SessionEvent): Refusal | null {
  if (isAimed(e) && e.atMove !== ctx.moves) return refusal('stale');
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
    case 'SET_FACILITATOR':
      return checkOptionalName(e.name);
    case 'SET_SCHEDULE':
      return checkMinutes(e.value, e.field === 'plannedCases' ? LIMITS.plannedCases : LIMITS.scheduleMinutes);
    case 'SET_TEMPLATE':
      // A template of another method would plan steps this session does not have.
      return methodById(ctx.methodId).templates.some((t) => t.id === e.templateId) ? null : refusal('not-now');
    case 'SET_PLAN_STEP_MINUTES':
      if (!methodById(ctx.methodId).steps.some((s) => s.id === e.stepId)) return refusal('unknown-step');
      return e.minutes === null ? null : checkMinutes(e.minutes, LIMITS.stepMinutes);
    case 'START_WARMUP':
      return checkMinutes(e.minutes, LIMITS.warmupMinutes);
    case 'ADD_PROPOSAL':
      if (ctx.proposals.some((p) => p.id === e.id)) return refusal('duplicate-id');
      return firstRefusal(checkTitle(e.title), checkPresenter(ctx, e.presenterId));
    case 'EDIT_PROPOSAL':
      if (!ctx.proposals.some((p) => p.id === e.id)) return refusal('unknown-proposal');
      return firstRefusal(
        e.title === undefined ? null : checkTitle(e.title),
        e.presenterId === undefined ? null : checkPresenter(ctx, e.presenterId),
      );
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
      const stepIndex = ctx.cases[clock.caseIndex]?.steps.findIndex((s) => s.stepId === e.stepId) ?? -1;
      if (stepIndex < 0) return refusal('unknown-step');
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

/** A time control whose effect already holds (the other window was quicker): calm, not an error. */
function alreadyDone(ctx: SessionContext, e: SessionEvent): boolean {
  const timer = currentTimer(ctx);
  if (!timer) return false;
  const status = statusAt(timer, e.now);
  if (e.type === 'PAUSE') return status === 'paused';
  if (e.type === 'START' || e.type === 'RESUME') return status === 'running' || status === 'overtime';
  return false;
}

/**
 * Why the machine did not accept this event here: the one place a refusal is explained.
 * Called only after `snapshot.can(event)` said no.
 */
export function explainRefusal(ctx: SessionContext, e: SessionEvent): Refusal {
  return semanticRefusal(ctx, e) ?? (alreadyDone(ctx, e) ? refusal('already-done') : refusal('not-now'));
}
