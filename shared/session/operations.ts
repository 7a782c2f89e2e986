/**
 * Pure context updates, one per thing that can happen in a session. The machine decides *when*
 * each may happen; these decide *what* changes. They assume the command was already checked.
 */
import { DEFAULT_TEMPLATE_ID, SESSION_DEFAULTS, STEPS, templateById } from '../method/index.ts';
import type { StepId } from '../method/index.ts';
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
import type { Plan, SessionContext, SessionEvent } from './types.ts';

type E<T extends SessionEvent['type']> = Extract<SessionEvent, { type: T }>;

const MINUTE = 60_000;

export function defaultPlan(): Plan {
  return {
    startsAt: null,
    participants: [],
    supervisorName: '',
    secondFacilitatorName: '',
    templateId: DEFAULT_TEMPLATE_ID,
    plannedCases: 2,
    openingMinutes: SESSION_DEFAULTS.openingMinutes,
    breakMinutes: SESSION_DEFAULTS.breakMinutes,
    closingMinutes: SESSION_DEFAULTS.closingMinutes,
    autoAdvance: false,
  };
}

export function initialContext(id: string, now: number): SessionContext {
  return {
    id,
    createdAt: now,
    plan: defaultPlan(),
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

export const setFacilitators = (ctx: SessionContext, e: E<'SET_FACILITATORS'>) =>
  plan(ctx, { supervisorName: e.supervisorName.trim(), secondFacilitatorName: e.secondFacilitatorName.trim() });

export const setTemplate = (ctx: SessionContext, e: E<'SET_TEMPLATE'>) => plan(ctx, { templateId: e.templateId });

export const setSchedule = (ctx: SessionContext, e: E<'SET_SCHEDULE'>) =>
  plan(ctx, {
    plannedCases: e.plannedCases,
    openingMinutes: e.openingMinutes,
    breakMinutes: e.breakMinutes,
    closingMinutes: e.closingMinutes,
  });

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
    p.id === e.id ? { ...p, title: e.title.trim(), presenterId: e.presenterId, criteria: [...new Set(e.criteria)] } : p,
  ),
});

const setProposalStatus = (ctx: SessionContext, id: string, status: 'open' | 'chosen' | 'withdrawn'): SessionContext => ({
  ...ctx,
  proposals: ctx.proposals.map((p) => (p.id === id ? { ...p, status } : p)),
});

export const withdrawProposal = (ctx: SessionContext, e: E<'WITHDRAW_PROPOSAL'>) => setProposalStatus(ctx, e.id, 'withdrawn');
export const restoreProposal = (ctx: SessionContext, e: E<'RESTORE_PROPOSAL'>) => setProposalStatus(ctx, e.id, 'open');

// ── a case ──────────────────────────────────────────────────────────────────────────────────

export function plannedMinutes(ctx: SessionContext, overrides?: Partial<Record<StepId, number>>): Record<StepId, number> {
  const minutes = { ...templateById(ctx.plan.templateId).minutes };
  for (const step of STEPS) minutes[step.id] = overrides?.[step.id] ?? minutes[step.id];
  return minutes;
}

export const chooseProposal = (ctx: SessionContext, e: E<'CHOOSE_PROPOSAL'>): SessionContext => {
  const minutes = plannedMinutes(ctx, e.minutes);
  const steps = STEPS.map((s) => ({ stepId: s.id, timer: createTimer(minutes[s.id] * MINUTE) }));
  const caseIndex = ctx.cases.length;
  const next: SessionContext = {
    ...setProposalStatus(ctx, e.id, 'chosen'),
    cases: [...ctx.cases, { id: e.caseId, proposalId: e.id, steps, startedAt: e.now, endedAt: null }],
    clock: { kind: 'step', caseIndex, stepIndex: 0 },
  };
  return withLog(next, { at: e.now, kind: 'phase', detail: `case:${caseIndex + 1}` });
};

/** Undo choosing a case whose first step never started: the proposal is open again. */
export const unchooseCase = (ctx: SessionContext, e: E<'BACK'>): SessionContext => {
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
  const stepIndex = STEPS.findIndex((s) => s.id === e.stepId);
  return updateTimerAt(ctx, { kind: 'step', caseIndex: clock.caseIndex, stepIndex }, (t) => replanTimer(t, e.minutes * MINUTE));
};

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

/** Leave the current step and run the next one (continuing its time if it had run before). */
export const nextStep = (ctx: SessionContext, e: { now: number }, kind: 'next' | 'auto-advanced' = 'next'): SessionContext => {
  const clock = ctx.clock;
  if (clock?.kind !== 'step') return ctx;
  const left = updateCurrentTimer(ctx, (t) => endTimer(t, e.now));
  const to = { kind: 'step' as const, caseIndex: clock.caseIndex, stepIndex: clock.stepIndex + 1 };
  const moved = updateTimerAt({ ...left, clock: to }, to, (t) => reopenTimer(t, e.now));
  return withLog(moved, { at: e.now, kind });
};

/** Undo an accidental "next": the previous step runs on from the time it had; nothing recorded is lost. */
export const previousStep = (ctx: SessionContext, e: E<'BACK'>): SessionContext => {
  const clock = ctx.clock;
  if (clock?.kind !== 'step') return ctx;
  const left = updateCurrentTimer(ctx, (t) => endTimer(t, e.now));
  const to = { kind: 'step' as const, caseIndex: clock.caseIndex, stepIndex: clock.stepIndex - 1 };
  const moved = updateTimerAt({ ...left, clock: to }, to, (t) => reopenTimer(t, e.now));
  return withLog(moved, { at: e.now, kind: 'back' });
};

export const endCase = (ctx: SessionContext, e: { now: number }): SessionContext => {
  const clock = ctx.clock;
  if (clock?.kind !== 'step') return ctx;
  const left = updateCurrentTimer(ctx, (t) => endTimer(t, e.now));
  const cases = left.cases.map((c, i) => (i === clock.caseIndex ? { ...c, endedAt: e.now } : c));
  return withLog({ ...left, cases, clock: null }, { at: e.now, kind: 'phase', detail: 'case-end' });
};

/** Back from "case done" into the last step of the last case. */
export const reopenLastStep = (ctx: SessionContext, e: E<'BACK'>): SessionContext => {
  const caseIndex = ctx.cases.length - 1;
  if (caseIndex < 0) return ctx;
  const to = { kind: 'step' as const, caseIndex, stepIndex: STEPS.length - 1 };
  const cases = ctx.cases.map((c, i) => (i === caseIndex ? { ...c, endedAt: null } : c));
  const moved = updateTimerAt({ ...ctx, cases, clock: to }, to, (t) => reopenTimer(t, e.now));
  return withLog(moved, { at: e.now, kind: 'back' });
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

export const beginClosing = (ctx: SessionContext, e: E<'CLOSE_SESSION'>): SessionContext => {
  const afterBreak = endBreak(ctx, e);
  const next = { ...afterBreak, closing: startTimer(createTimer(ctx.plan.closingMinutes * MINUTE), e.now), clock: { kind: 'closing' as const } };
  return withLog(next, { at: e.now, kind: 'phase', detail: 'closing' });
};

/** Back from an accidental "close": the group returns to choosing; the closing timer is dropped. */
export const undoClosing = (ctx: SessionContext, e: E<'BACK'>) =>
  withLog({ ...ctx, closing: null, clock: null }, { at: e.now, kind: 'back', detail: 'choosing' });

export const finishSession = (ctx: SessionContext, e: E<'FINISH_SESSION'>): SessionContext => {
  const next = { ...updateCurrentTimer(ctx, (t) => endTimer(t, e.now)), clock: null, endedAt: e.now };
  return withLog(next, { at: e.now, kind: 'phase', detail: 'closed' });
};

// ── the clock itself ────────────────────────────────────────────────────────────────────────

/** The wall clock jumped: keep every running time as it truly was, and say so in the log. */
export const clockJumped = (ctx: SessionContext, e: E<'CLOCK_JUMP'>): SessionContext =>
  withLog(updateCurrentTimer(ctx, (t) => shiftTimer(t, e.deltaMs)), { at: e.now, kind: 'clock-jump', ms: e.deltaMs });
