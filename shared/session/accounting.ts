/** Planned versus actual, and where the case and the session are heading, for any `now`. */
import { methodById, methodTemplate, templateMinutes } from '../method/index.ts';
import type { StepId } from '../method/index.ts';
import { currentTimer } from './current-timer.ts';
import { elapsedAt, remainingAt, statusAt, totalMs } from './timer.ts';
import type { Timer, TimerStatus } from './timer.ts';
import type { CaseRecord, Phase, SessionContext } from './types.ts';

const MINUTE = 60_000;

export interface StepTiming {
  stepId: StepId;
  plannedMs: number;
  adjustMs: number;
  actualMs: number;
  status: TimerStatus;
}

export interface CaseTiming {
  caseId: string;
  steps: StepTiming[];
  plannedMs: number;
  actualMs: number;
  /** Planned total including extensions, so "ahead/behind" compares like with like. */
  adjustedPlannedMs: number;
  /** When the case is expected to end at the current pace; its real end once it ended. */
  projectedEndAt: number;
}

/** Time still to go for a timer: what is left of it, or all of it when it has not started. */
function toGo(timer: Timer, now: number): number {
  if (timer.endedAt !== null) return 0;
  return remainingAt(timer, now).remainingMs;
}

export function caseTiming(c: CaseRecord, now: number): CaseTiming {
  const steps = c.steps.map((s) => ({
    stepId: s.stepId,
    plannedMs: s.timer.plannedMs,
    adjustMs: s.timer.adjustMs,
    actualMs: elapsedAt(s.timer, now),
    status: statusAt(s.timer, now),
  }));
  const toGoMs = c.endedAt !== null ? 0 : c.steps.reduce((sum, s) => sum + toGo(s.timer, now), 0);
  return {
    caseId: c.id,
    steps,
    plannedMs: steps.reduce((sum, s) => sum + s.plannedMs, 0),
    adjustedPlannedMs: c.steps.reduce((sum, s) => sum + totalMs(s.timer), 0),
    actualMs: steps.reduce((sum, s) => sum + s.actualMs, 0),
    projectedEndAt: c.endedAt ?? now + toGoMs,
  };
}

export type BlockKind = 'opening' | 'case' | 'break' | 'closing';

export interface TimelineBlock {
  kind: BlockKind;
  /** 1-based number among blocks of the same kind. */
  number: number;
  plannedMs: number;
}

/** The planned length of one case: the chosen template's minutes for every step of the method. */
function plannedCaseMs(ctx: SessionContext): number {
  const method = methodById(ctx.methodId);
  const template = methodTemplate(method, ctx.plan.templateId);
  return method.steps.reduce((sum, s) => sum + (ctx.plan.stepMinutes?.[s.id] ?? templateMinutes(template, s)) * MINUTE, 0);
}

/** The planned shape of the session: opening, case 1, break, case 2, …, closing. */
export function plannedTimeline(ctx: SessionContext): TimelineBlock[] {
  const caseMs = plannedCaseMs(ctx);
  const blocks: TimelineBlock[] = [{ kind: 'opening', number: 1, plannedMs: ctx.plan.openingMinutes * MINUTE }];
  for (let i = 1; i <= ctx.plan.plannedCases; i++) {
    blocks.push({ kind: 'case', number: i, plannedMs: caseMs });
    if (i < ctx.plan.plannedCases) blocks.push({ kind: 'break', number: i, plannedMs: ctx.plan.breakMinutes * MINUTE });
  }
  blocks.push({ kind: 'closing', number: 1, plannedMs: ctx.plan.closingMinutes * MINUTE });
  return blocks;
}

export interface SessionTiming {
  plannedMs: number;
  /** Wall-clock time since the session began (0 before). */
  actualMs: number;
  plannedStartAt: number;
  plannedEndAt: number;
  projectedEndAt: number;
  /** Projected minus planned end: positive means late. */
  behindMs: number;
  onTime: boolean;
}

/** How much of the plan is still ahead at `now`, given the phase the session is in. */
function msStillAhead(phase: Phase, ctx: SessionContext, now: number): number {
  if (phase === 'closed') return 0;
  const current = currentTimer(ctx);
  let ahead = 0;

  if (phase === 'planning') ahead += ctx.plan.openingMinutes * MINUTE;
  if (phase === 'opening') {
    const openingEnds = (ctx.startedAt ?? now) + ctx.plan.openingMinutes * MINUTE;
    ahead += Math.max(0, openingEnds - now, current ? toGo(current, now) : 0);
  }

  const activeCase = phase === 'case' ? ctx.cases[ctx.cases.length - 1] : undefined;
  if (activeCase) ahead += caseTiming(activeCase, now).projectedEndAt - now;
  const casesBegun = ctx.cases.length;
  const casesToCome = Math.max(0, ctx.plan.plannedCases - casesBegun);
  ahead += casesToCome * plannedCaseMs(ctx);

  const plannedBreaks = Math.max(0, ctx.plan.plannedCases - 1);
  if (phase === 'break' && current) ahead += toGo(current, now);
  const breaksToCome = Math.max(0, Math.min(plannedBreaks - ctx.breaks.length, casesToCome));
  ahead += breaksToCome * ctx.plan.breakMinutes * MINUTE;

  ahead += phase === 'closing' && current ? toGo(current, now) : ctx.plan.closingMinutes * MINUTE;
  return ahead;
}

export function sessionTiming(phase: Phase, ctx: SessionContext, now: number): SessionTiming {
  const plannedMs = plannedTimeline(ctx).reduce((sum, b) => sum + b.plannedMs, 0);
  const plannedStartAt = ctx.plan.startsAt ?? ctx.startedAt ?? now;
  const plannedEndAt = plannedStartAt + plannedMs;
  const projectedEndAt = ctx.endedAt ?? now + msStillAhead(phase, ctx, now);
  const behindMs = projectedEndAt - plannedEndAt;
  return {
    plannedMs,
    actualMs: ctx.startedAt === null ? 0 : (ctx.endedAt ?? now) - ctx.startedAt,
    plannedStartAt,
    plannedEndAt,
    projectedEndAt,
    behindMs,
    onTime: behindMs <= 60_000,
  };
}
