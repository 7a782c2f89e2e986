import type { LogEntry, LogKind, SessionContext, TimerRef } from './types.ts';
import type { Timer } from './timer.ts';
import { LIMITS } from './limits.ts';

/** The timer the time controls act on now, if any. */
export function currentTimer(ctx: SessionContext): Timer | null {
  return timerAt(ctx, ctx.clock);
}

export function timerAt(ctx: SessionContext, ref: TimerRef | null): Timer | null {
  if (!ref) return null;
  switch (ref.kind) {
    case 'warmup':
      return ctx.warmup?.timer ?? null;
    case 'step':
      return ctx.cases[ref.caseIndex]?.steps[ref.stepIndex]?.timer ?? null;
    case 'break':
      return ctx.breaks[ref.index] ?? null;
    case 'closing':
      return ctx.closing;
  }
}

/** A copy of the context with the timer at `ref` replaced by `update(timer)`. */
export function updateTimerAt(
  ctx: SessionContext,
  ref: TimerRef | null,
  update: (timer: Timer) => Timer,
): SessionContext {
  if (!ref) return ctx;
  switch (ref.kind) {
    case 'warmup':
      return ctx.warmup ? { ...ctx, warmup: { ...ctx.warmup, timer: update(ctx.warmup.timer) } } : ctx;
    case 'step':
      return {
        ...ctx,
        cases: ctx.cases.map((c, ci) =>
          ci !== ref.caseIndex
            ? c
            : { ...c, steps: c.steps.map((s, si) => (si === ref.stepIndex ? { ...s, timer: update(s.timer) } : s)) },
        ),
      };
    case 'break':
      return { ...ctx, breaks: ctx.breaks.map((b, i) => (i === ref.index ? update(b) : b)) };
    case 'closing':
      return ctx.closing ? { ...ctx, closing: update(ctx.closing) } : ctx;
  }
}

export function updateCurrentTimer(ctx: SessionContext, update: (timer: Timer) => Timer): SessionContext {
  return updateTimerAt(ctx, ctx.clock, update);
}

/** What a log entry is about: the current step's id, or the kind of timer. */
export function clockLabel(ref: TimerRef | null, ctx: SessionContext): string {
  if (!ref) return 'none';
  if (ref.kind === 'step') return ctx.cases[ref.caseIndex]?.steps[ref.stepIndex]?.stepId ?? 'step';
  return ref.kind;
}

export function withLog(ctx: SessionContext, entry: { at: number; kind: LogKind; detail?: string; ms?: number }): SessionContext {
  const full: LogEntry = { at: entry.at, kind: entry.kind, detail: entry.detail ?? clockLabel(ctx.clock, ctx) };
  if (entry.ms !== undefined) full.ms = entry.ms;
  const log = [...ctx.log, full];
  return { ...ctx, log: log.length > LIMITS.logEntries ? log.slice(log.length - LIMITS.logEntries) : log };
}
