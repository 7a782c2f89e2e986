/**
 * Pure context updates, one per thing that can happen in a session. The machine decides *when*
 * each may happen (its states, guards and entry/exit actions); these decide *what* changes.
 * They assume the command was already checked.
 */
import { SESSION_DEFAULTS, methodTemplate, templateMinutes } from '../method/index.ts';
import type { MethodDefinition, StepId } from '../method/index.ts';
import { currentTimer, updateCurrentTimer, updateTimerAt, withLog } from './current-timer.ts';
import {
  adjustTimer,
  createTimer,
  endTimer,
  pauseTimer,
  remainingAt,
  reopenTimer,
  replanTimer,
  shiftTimer,
  startTimer,
} from './timer.ts';
import type { EventOf as E, LogKind, Plan, SessionContext, TimerRef } from './types.ts';

const MINUTE = 60_000;

export function defaultPlan(method: MethodDefinition): Plan {
  return {
    startsAt: null,
    participants: [],
    supervisorName: '',
    secondFacilitatorName: '',
    templateId: method.defaultTemplateId,
    plannedCases: 2,
    openingMinutes: SESSION_DEFAULTS.openingMinutes,
    breakMinutes: SESSION_DEFAULTS.breakMinutes,
    closingMinutes: SESSION_DEFAULTS.closingMinutes,
    autoAdvance: false,
  };
}

export function initialContext(method: MethodDefinition, id: string, now: number): SessionContext {
  return {
    id,
    methodId: method.id,
    createdAt: now,
    moves: 0,
    plan: defaultPlan(method),
    startedAt: null,
    endedAt: null,
    agreementsChecked: [],
    warmup: null,
    openingEndedAt: null,
    proposals: [],
    cases: [],
    breaks: [],
    closing: null,
    clock: null,
    log: [],
  };
}

const plan = (ctx: SessionContext, change: Partial<Plan>): SessionContext => ({ ...ctx, plan: { ...ctx.plan, ...change } });

/** One more move: every window's earlier aim is now stale. */
export const countMove = (ctx: SessionContext): SessionContext => ({ ...ctx, moves: ctx.moves + 1 });

// ── plan ────────────────────────────────────────────────────────────────────────────────────

export const setStart = (ctx: SessionContext, e: E<'SET_START'>) => plan(ctx, { startsAt: e.startsAt });

export const addParticipant = (ctx: SessionContext, e: E<'ADD_PARTICIPANT'>) =>
  plan(ctx, { participants: [...ctx.plan.participants, { id: e.id, name: e.name.trim() }] });

export const renameParticipant = (ctx: SessionContext, e: E<'RENAME_PARTICIPANT'>) =>
  plan(ctx, { participants: ctx.plan.participants.map((p) => (p.id === e.id ? { ...p, name: e.name.trim() } : p)) });

export const removeParticipant = (ctx: SessionContext, e: E<'REMOVE_PARTICIPANT'>): SessionContext => ({
  ...plan(ctx, { participants: ctx.plan.participants.filter((p) => p.id !== e.id) }),
  proposals: ctx.proposals.map((p) => (p.presenterId === e.id ? { ...p, presenterId: null } : p)),
});

export const setFacilitator = (ctx: SessionContext, e: E<'SET_FACILITATOR'>) =>
  plan(ctx, e.role === 'supervisor' ? { supervisorName: e.name.trim() } : { secondFacilitatorName: e.name.trim() });

/** A preset replaces the plan's own minutes; they would otherwise silently win over it. */
export const setTemplate = (ctx: SessionContext, e: E<'SET_TEMPLATE'>) => plan(ctx, { templateId: e.templateId, stepMinutes: {} });

/** One step's own planned minutes for every case of this session (a circle's own template); null: back to the preset. */
export const setPlanStepMinutes = (ctx: SessionContext, e: E<'SET_PLAN_STEP_MINUTES'>): SessionContext => {
  const { [e.stepId]: _dropped, ...rest } = ctx.plan.stepMinutes ?? {};
  return plan(ctx, { stepMinutes: e.minutes === null ? rest : { ...rest, [e.stepId]: e.minutes } });
};

export const setSchedule = (ctx: SessionContext, e: E<'SET_SCHEDULE'>) => plan(ctx, { [e.field]: e.value });

export const setAutoAdvance = (ctx: SessionContext, e: E<'SET_AUTO_ADVANCE'>) => plan(ctx, { autoAdvance: e.enabled });

export const beginSession = (ctx: SessionContext, e: E<'CONFIRM_PLAN'>) =>
  withLog({ ...ctx, startedAt: ctx.startedAt ?? e.now }, { at: e.now, kind: 'phase', detail: 'opening' });

// ── opening ─────────────────────────────────────────────────────────────────────────────────

export const checkAgreement = (ctx: SessionContext, e: E<'CHECK_AGREEMENT'>): SessionContext => {
  const others = ctx.agreementsChecked.filter((id) => id !== e.agreementId);
  return { ...ctx, agreementsChecked: e.checked ? [...others, e.agreementId] : others };
};

export const startWarmup = (ctx: SessionContext, e: E<'START_WARMUP'>): SessionContext => {
  const ended = ctx.warmup ? { ...ctx, warmup: { ...ctx.warmup, timer: endTimer(ctx.warmup.timer, e.now) } } : ctx;
  const next = { ...ended, warmup: { warmupId: e.warmupId, timer: startTimer(createTimer(e.minutes * MINUTE), e.now) }, clock: { kind: 'warmup' as const } };
  return withLog(next, { at: e.now, kind: 'started', detail: `warmup:${e.warmupId}` });
};

export const endWarmup = (ctx: SessionContext, e: { now: number }): SessionContext => {
  if (!ctx.warmup || ctx.warmup.timer.endedAt !== null) return { ...ctx, clock: null };
  return { ...ctx, warmup: { ...ctx.warmup, timer: endTimer(ctx.warmup.timer, e.now) }, clock: null };
};

export const finishOpening = (ctx: SessionContext, e: E<'FINISH_OPENING'>) =>
  withLog({ ...endWarmup(ctx, e), openingEndedAt: e.now }, { at: e.now, kind: 'phase', detail: 'choosing' });

// ── proposals ───────────────────────────────────────────────────────────────────────────────

export const addProposal = (ctx: SessionContext, e: E<'ADD_PROPOSAL'>): SessionContext => ({
  ...ctx,
  proposals: [
    ...ctx.proposals,
    { id: e.id, title: e.title.trim(), presenterId: e.presenterId, criteria: [...new Set(e.criteria)], status: 'open' },
  ],
});

export const editProposal = (ctx: SessionContext, e: E<'EDIT_PROPOSAL'>): SessionContext => ({
  ...ctx,
  proposals: ctx.proposals.map((p) =>
    p.id !== e.id
      ? p
      : {
          ...p,
          ...(e.title !== undefined && { title: e.title.trim() }),
          ...(e.presenterId !== undefined && { presenterId: e.presenterId }),
          ...(e.criteria !== undefined && { criteria: [...new Set(e.criteria)] }),
        },
  ),
});

const setProposalStatus = (ctx: SessionContext, id: string, status: 'open' | 'chosen' | 'withdrawn'): SessionContext => ({
  ...ctx,
  proposals: ctx.proposals.map((p) => (p.id === id ? { ...p, status } : p)),
});

export const withdrawProposal = (ctx: SessionContext, e: E<'WITHDRAW_PROPOSAL'>) => setProposalStatus(ctx, e.id, 'withdrawn');
export const restoreProposal = (ctx: SessionContext, e: E<'RESTORE_PROPOSAL'>) => setProposalStatus(ctx, e.id, 'open');

// ── a case ──────────────────────────────────────────────────────────────────────────────────

/** Minutes per step of a case: the case's own, else the plan's own (a circle's template), else the template's. */
export function plannedMinutes(method: MethodDefinition, ctx: SessionContext, overrides?: Partial<Record<StepId, number>>): Partial<Record<StepId, number>> {
  const template = methodTemplate(method, ctx.plan.templateId);
  const minutes: Partial<Record<StepId, number>> = {};
  for (const step of method.steps) minutes[step.id] = overrides?.[step.id] ?? ctx.plan.stepMinutes?.[step.id] ?? templateMinutes(template, step);
  return minutes;
}

/** The chosen proposal becomes a case with one (not yet started) timer per step of the method. */
export const chooseProposal = (method: MethodDefinition, ctx: SessionContext, e: E<'CHOOSE_PROPOSAL'>): SessionContext => {
  const minutes = plannedMinutes(method, ctx, e.minutes);
  const steps = method.steps.map((s) => ({ stepId: s.id, timer: createTimer((minutes[s.id] ?? s.defaultMinutes) * MINUTE) }));
  const next: SessionContext = {
    ...setProposalStatus(ctx, e.id, 'chosen'),
    cases: [...ctx.cases, { id: e.caseId, proposalId: e.id, steps, startedAt: e.now, endedAt: null }],
  };
  return withLog(next, { at: e.now, kind: 'phase', detail: `case:${next.cases.length}` });
};

/** Undo choosing a case whose first step never started: the proposal is open again. */
export const unchooseCase = (ctx: SessionContext, e: { now: number }): SessionContext => {
  const last = ctx.cases[ctx.cases.length - 1];
  if (!last) return ctx;
  return withLog(
    { ...setProposalStatus(ctx, last.proposalId, 'open'), cases: ctx.cases.slice(0, -1), clock: null },
    { at: e.now, kind: 'back', detail: 'choosing' },
  );
};

export const setStepMinutes = (ctx: SessionContext, e: E<'SET_STEP_MINUTES'>): SessionContext => {
  const clock = ctx.clock;
  if (clock?.kind !== 'step') return ctx;
  const stepIndex = ctx.cases[clock.caseIndex]?.steps.findIndex((s) => s.stepId === e.stepId) ?? -1;
  return updateTimerAt(ctx, { kind: 'step', caseIndex: clock.caseIndex, stepIndex }, (t) => replanTimer(t, e.minutes * MINUTE));
};

/**
 * Entry of a step's state: the time controls act on this step from now on. Coming from another
 * step (next, back, auto-advance) its timer runs on from the time it already had; the first step
 * of a new case waits for "start".
 */
export function enterStep(ctx: SessionContext, stepIndex: number, e: { type: string; now: number }): SessionContext {
  const to: TimerRef = { kind: 'step', caseIndex: ctx.cases.length - 1, stepIndex };
  const entered = { ...ctx, clock: to };
  if (e.type === 'CHOOSE_PROPOSAL') return entered;
  const kind: LogKind = e.type === 'CLOCK' ? 'auto-advanced' : e.type === 'NEXT' ? 'next' : 'back';
  return withLog(updateTimerAt(entered, to, (t) => reopenTimer(t, e.now)), { at: e.now, kind });
}

/** Exit of a step's state: its timer stops with the time it had (a way back reopens it). */
export const leaveStep = (ctx: SessionContext, e: { now: number }): SessionContext =>
  updateCurrentTimer(ctx, (t) => (t.endedAt === null ? endTimer(t, e.now) : t));

export const endCase = (ctx: SessionContext, e: { now: number }): SessionContext => {
  const caseIndex = ctx.cases.length - 1;
  const cases = ctx.cases.map((c, i) => (i === caseIndex ? { ...c, endedAt: e.now } : c));
  return withLog({ ...ctx, cases, clock: null }, { at: e.now, kind: 'phase', detail: 'case-end' });
};

/** Back from "case done": the last case is open again (its last step's state reopens the timer). */
export const reopenCase = (ctx: SessionContext): SessionContext => ({
  ...ctx,
  cases: ctx.cases.map((c, i) => (i === ctx.cases.length - 1 ? { ...c, endedAt: null } : c)),
});

export const nextCase = (ctx: SessionContext, e: { now: number }) => withLog(ctx, { at: e.now, kind: 'phase', detail: 'choosing' });

// ── the time controls ───────────────────────────────────────────────────────────────────────

export const startClock = (ctx: SessionContext, e: { now: number }) =>
  withLog(updateCurrentTimer(ctx, (t) => startTimer(t, e.now)), { at: e.now, kind: 'started' });

export const pauseClock = (ctx: SessionContext, e: { now: number }) =>
  withLog(updateCurrentTimer(ctx, (t) => pauseTimer(t, e.now)), { at: e.now, kind: 'paused' });

export const resumeClock = (ctx: SessionContext, e: { now: number }) =>
  withLog(updateCurrentTimer(ctx, (t) => startTimer(t, e.now)), { at: e.now, kind: 'resumed' });

export const extendClock = (ctx: SessionContext, e: E<'EXTEND'>) =>
  withLog(updateCurrentTimer(ctx, (t) => adjustTimer(t, e.ms, e.now)), { at: e.now, kind: 'extended', ms: e.ms });

export const shortenClock = (ctx: SessionContext, e: E<'SHORTEN'>): SessionContext => {
  const timer = currentTimer(ctx);
  const cut = timer ? Math.min(e.ms, remainingAt(timer, e.now).remainingMs) : 0;
  return withLog(updateCurrentTimer(ctx, (t) => adjustTimer(t, -e.ms, e.now)), { at: e.now, kind: 'shortened', ms: cut });
};

// ── break and closing ───────────────────────────────────────────────────────────────────────

export const startBreak = (ctx: SessionContext, e: E<'START_BREAK'>): SessionContext => {
  const index = ctx.breaks.length;
  const next = { ...ctx, breaks: [...ctx.breaks, startTimer(createTimer(e.minutes * MINUTE), e.now)], clock: { kind: 'break' as const, index } };
  return withLog(next, { at: e.now, kind: 'phase', detail: 'break' });
};

export const endBreak = (ctx: SessionContext, e: { now: number }): SessionContext => {
  if (ctx.clock?.kind !== 'break') return ctx;
  return withLog({ ...updateCurrentTimer(ctx, (t) => endTimer(t, e.now)), clock: null }, { at: e.now, kind: 'phase', detail: 'choosing' });
};

export const beginClosing = (ctx: SessionContext, e: { now: number }): SessionContext => {
  const afterBreak = endBreak(ctx, e);
  const next = { ...afterBreak, closing: startTimer(createTimer(ctx.plan.closingMinutes * MINUTE), e.now), clock: { kind: 'closing' as const } };
  return withLog(next, { at: e.now, kind: 'phase', detail: 'closing' });
};

/** Back from an accidental "close": the group returns to choosing; the closing timer is dropped. */
export const undoClosing = (ctx: SessionContext, e: { now: number }) =>
  withLog({ ...ctx, closing: null, clock: null }, { at: e.now, kind: 'back', detail: 'choosing' });

export const finishSession = (ctx: SessionContext, e: { now: number }): SessionContext => {
  const next = { ...updateCurrentTimer(ctx, (t) => endTimer(t, e.now)), clock: null, endedAt: e.now };
  return withLog(next, { at: e.now, kind: 'phase', detail: 'closed' });
};

// ── the clock itself ────────────────────────────────────────────────────────────────────────

/** The wall clock jumped: keep every running time as it truly was, and say so in the log. */
export const clockJumped = (ctx: SessionContext, e: E<'CLOCK_JUMP'>): SessionContext =>
  withLog(updateCurrentTimer(ctx, (t) => shiftTimer(t, e.deltaMs)), { at: e.now, kind: 'clock-jump', ms: e.deltaMs });
