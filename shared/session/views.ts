/**
 * What each window may see, as plain serialisable data. Main computes these after every change
 * and pushes them; windows render `deadline - now` themselves, so nothing is sent per second.
 * The circle display's view holds no names, no proposal details and no participant list.
 */
import { SESSION_DEFAULTS } from '../method/index.ts';
import type { MethodId, StepDefinition, StepId, WarmupId } from '../method/index.ts';
import type { CriterionId } from '../method/index.ts';
import { caseTiming, plannedTimeline, sessionTiming } from './accounting.ts';
import type { CaseTiming, SessionTiming, TimelineBlock } from './accounting.ts';
import { currentTimer } from './current-timer.ts';
import { deadlineOf, elapsedAt, remainingAt, statusAt } from './timer.ts';
import type { Timer, TimerStatus } from './timer.ts';
import type { StepTag } from './machine.ts';
import type { Phase, Plan, ProposalStatus, SessionContext, SessionEvent } from './types.ts';
import type { AgreementId } from '../method/index.ts';

const MINUTE = 60_000;

export interface TimerView {
  status: TimerStatus;
  plannedMs: number;
  adjustMs: number;
  /** Values at `at`; while running, a window derives the live values from `deadline`. */
  elapsedMs: number;
  remainingMs: number;
  overtimeMs: number;
  /** Epoch ms at which time is up, while running; null when paused or not started. */
  deadline: number | null;
  at: number;
  /** From the end: the warning colour and signal start when this much is left. */
  warningMs: number;
  /** From the start: a mid-point signal (step 4), if any. */
  midpointMs: number | null;
  /** A silent step: visual cues only, no sound. */
  silent: boolean;
  /** Practice only: session time runs `rate` times faster than the room's; `realAt` is `at` on the room's clock. */
  rate?: number;
  realAt?: number;
}

export type CurrentKind = 'step' | 'warmup' | 'break' | 'closing';

export interface CurrentView {
  kind: CurrentKind;
  /** For a step: 0-based case and step index, the step id and how many steps the case has. */
  caseIndex: number | null;
  stepIndex: number | null;
  stepId: StepId | null;
  stepCount: number | null;
  warmupId: WarmupId | null;
  timer: TimerView;
}

export interface TimeControls {
  start: boolean;
  pause: boolean;
  resume: boolean;
  extend: boolean;
  shorten: boolean;
  next: boolean;
  back: boolean;
}

export interface SupervisorView {
  /** Practice: nothing is stored, and every window says so. */
  practice?: boolean;
  role: 'supervisor';
  sessionId: string;
  /** Which method's steps the session goes through. */
  methodId: MethodId;
  phase: Phase;
  /** The session's move counter: commands that depend on what this view showed are aimed at it. */
  move: number;
  plan: Plan;
  agreementsChecked: AgreementId[];
  warmup: { warmupId: WarmupId; timer: TimerView } | null;
  proposals: { id: string; title: string; presenterId: string | null; presenterName: string | null; criteria: CriterionId[]; status: ProposalStatus }[];
  cases: { id: string; proposalId: string; title: string; presenterName: string | null; timing: CaseTiming; endedAt: number | null }[];
  current: CurrentView | null;
  timeline: TimelineBlock[];
  timing: SessionTiming;
  controls: TimeControls;
  warnings: 'too-many-participants'[];
}

export interface TimekeeperView {
  /** Practice: nothing is stored, and every window says so. */
  practice?: boolean;
  role: 'timekeeper';
  sessionId: string;
  methodId: MethodId;
  phase: Phase;
  move: number;
  current: CurrentView | null;
  /** Planned versus actual of the case in progress (or the last one). */
  caseTiming: CaseTiming | null;
  caseNumber: number | null;
  plannedCases: number;
  timing: SessionTiming;
  controls: TimeControls;
  autoAdvance: boolean;
}

export interface CircleView {
  /** Practice: nothing is stored, and every window says so. */
  practice?: boolean;
  role: 'circle';
  methodId: MethodId;
  phase: Phase;
  current: CurrentView | null;
  caseNumber: number | null;
}

export type RoleView = SupervisorView | TimekeeperView | CircleView;
export type WindowRole = RoleView['role'];

/** The parts of an XState snapshot the views need (kept narrow so tests can pass plain data). */
export interface SessionState {
  phase: Phase;
  /** The step held now, from its state's meta; null outside a case. */
  step: StepDefinition | null;
  hasTag: (tag: StepTag) => boolean;
  context: SessionContext;
  can: (event: SessionEvent) => boolean;
}

/** A timer as windows see it; a step's signals come from its declared traits (meta and tags). */
export function timerView(timer: Timer, now: number, step: StepDefinition | null, silent = false): TimerView {
  const { remainingMs, overtimeMs } = remainingAt(timer, now);
  return {
    status: statusAt(timer, now),
    plannedMs: timer.plannedMs,
    adjustMs: timer.adjustMs,
    elapsedMs: elapsedAt(timer, now),
    remainingMs,
    overtimeMs,
    deadline: deadlineOf(timer),
    at: now,
    warningMs: (step?.warningMinutes ?? 1) * MINUTE,
    midpointMs: step?.midpointMinutes !== undefined ? step.midpointMinutes * MINUTE : null,
    silent,
  };
}

/** Live values of a pushed timer view at `now` (what a window shows between pushes). */
export function liveTimer(view: TimerView, now: number): { remainingMs: number; overtimeMs: number; elapsedMs: number } {
  if (view.deadline === null) return { remainingMs: view.remainingMs, overtimeMs: view.overtimeMs, elapsedMs: view.elapsedMs };
  // From the elapsed time (never counting a clock that went back), not `deadline - now`, which would
  // show more time left than planned when the window's clock goes back. Equal whenever now ≥ at.
  const passed = view.rate !== undefined && view.realAt !== undefined ? (now - view.realAt) * view.rate : now - view.at;
  const elapsedMs = view.elapsedMs + Math.max(0, passed);
  const left = Math.max(0, view.plannedMs + view.adjustMs) - elapsedMs;
  return { remainingMs: Math.max(0, left), overtimeMs: Math.max(0, -left), elapsedMs };
}

function currentView(state: SessionState, now: number): CurrentView | null {
  const ctx = state.context;
  const clock = ctx.clock;
  const timer = currentTimer(ctx);
  if (!clock || !timer) return null;
  if (clock.kind === 'step') {
    const step = state.step;
    const timerShown = timerView(timer, now, step, state.hasTag('silent'));
    const stepCount = ctx.cases[clock.caseIndex]?.steps.length ?? null;
    return { kind: 'step', caseIndex: clock.caseIndex, stepIndex: clock.stepIndex, stepId: step?.id ?? null, stepCount, warmupId: null, timer: timerShown };
  }
  const warmupId = clock.kind === 'warmup' ? (ctx.warmup?.warmupId ?? null) : null;
  return { kind: clock.kind, caseIndex: null, stepIndex: null, stepId: null, stepCount: null, warmupId, timer: timerView(timer, now, null) };
}

/** Which time controls are enabled: the machine's own answer for a command aimed at this move. */
function timeControls(state: SessionState, now: number): TimeControls {
  const atMove = state.context.moves;
  const can = (type: 'START' | 'PAUSE' | 'RESUME' | 'NEXT' | 'BACK') => state.can({ type, atMove, now });
  return {
    start: can('START'),
    pause: can('PAUSE'),
    resume: can('RESUME'),
    extend: state.can({ type: 'EXTEND', ms: MINUTE, atMove, now }),
    shorten: state.can({ type: 'SHORTEN', ms: 1_000, atMove, now }),
    next: can('NEXT'),
    back: can('BACK'),
  };
}

const caseNumberOf = (ctx: SessionContext) => (ctx.cases.length > 0 ? ctx.cases.length : null);

export function supervisorView(state: SessionState, now: number): SupervisorView {
  const ctx = state.context;
  const nameOf = (id: string | null) => ctx.plan.participants.find((p) => p.id === id)?.name ?? null;
  return {
    role: 'supervisor',
    sessionId: ctx.id,
    methodId: ctx.methodId,
    phase: state.phase,
    move: ctx.moves,
    plan: ctx.plan,
    agreementsChecked: ctx.agreementsChecked,
    warmup: ctx.warmup ? { warmupId: ctx.warmup.warmupId, timer: timerView(ctx.warmup.timer, now, null) } : null,
    proposals: ctx.proposals.map((p) => ({ ...p, presenterName: nameOf(p.presenterId) })),
    cases: ctx.cases.map((c) => {
      const proposal = ctx.proposals.find((p) => p.id === c.proposalId);
      return {
        id: c.id,
        proposalId: c.proposalId,
        title: proposal?.title ?? '',
        presenterName: nameOf(proposal?.presenterId ?? null),
        timing: caseTiming(c, now),
        endedAt: c.endedAt,
      };
    }),
    current: currentView(state, now),
    timeline: plannedTimeline(ctx),
    timing: sessionTiming(state.phase, ctx, now),
    controls: timeControls(state, now),
    warnings: ctx.plan.participants.length > SESSION_DEFAULTS.maxParticipants ? ['too-many-participants'] : [],
  };
}

export function timekeeperView(state: SessionState, now: number): TimekeeperView {
  const ctx = state.context;
  const last = ctx.cases[ctx.cases.length - 1];
  return {
    role: 'timekeeper',
    sessionId: ctx.id,
    methodId: ctx.methodId,
    phase: state.phase,
    move: ctx.moves,
    current: currentView(state, now),
    caseTiming: last ? caseTiming(last, now) : null,
    caseNumber: caseNumberOf(ctx),
    plannedCases: ctx.plan.plannedCases,
    timing: sessionTiming(state.phase, ctx, now),
    controls: timeControls(state, now),
    autoAdvance: ctx.plan.autoAdvance,
  };
}

export function circleView(state: SessionState, now: number): CircleView {
  return { role: 'circle', methodId: state.context.methodId, phase: state.phase, current: currentView(state, now), caseNumber: caseNumberOf(state.context) };
}

export function viewFor(role: WindowRole, state: SessionState, now: number): RoleView {
  switch (role) {
    case 'supervisor':
      return supervisorView(state, now);
    case 'timekeeper':
      return timekeeperView(state, now);
    case 'circle':
      return circleView(state, now);
  }
}
