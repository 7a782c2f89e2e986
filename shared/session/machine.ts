/**
 * The session engine: one XState machine for a whole intervisie session.
 * Pure: no timers, no clocks, no I/O. Every event carries `now`; time lives in the context as
 * data (see timer.ts), so a persisted snapshot restores exactly. No `after` delays on purpose:
 * delayed events are not part of a persisted snapshot.
 */
import { assign, setup } from 'xstate';
import { STEPS } from '../method/index.ts';
import { semanticRefusal } from './checks.ts';
import { currentTimer } from './current-timer.ts';
import * as op from './operations.ts';
import { remainingAt, statusAt } from './timer.ts';
import type { SessionContext, SessionEvent } from './types.ts';

const LAST_STEP = STEPS.length - 1;

const stepIndexOf = (ctx: SessionContext) => (ctx.clock?.kind === 'step' ? ctx.clock.stepIndex : -1);

export const sessionMachine = setup({
  types: {
    context: {} as SessionContext,
    events: {} as SessionEvent,
    input: {} as { id: string; now: number },
  },
  guards: {
    valid: ({ context, event }) => semanticRefusal(context, event) === null,
    timerNotStarted: ({ context, event }) => {
      const t = currentTimer(context);
      return t !== null && statusAt(t, event.now) === 'not-started';
    },
    timerRunning: ({ context, event }) => {
      const t = currentTimer(context);
      return t !== null && ['running', 'overtime'].includes(statusAt(t, event.now));
    },
    timerPaused: ({ context, event }) => {
      const t = currentTimer(context);
      return t !== null && statusAt(t, event.now) === 'paused';
    },
    timerAdjustable: ({ context, event }) => {
      const t = currentTimer(context);
      return t !== null && t.endedAt === null && semanticRefusal(context, event) === null;
    },
    notLastStep: ({ context }) => stepIndexOf(context) < LAST_STEP,
    hasPreviousStep: ({ context }) => stepIndexOf(context) > 0,
    caseNotStarted: ({ context }) => stepIndexOf(context) === 0 && currentTimer(context)?.startedAt === null,
    autoAdvanceDue: ({ context, event }) => {
      const t = currentTimer(context);
      return (
        context.plan.autoAdvance &&
        stepIndexOf(context) >= 0 &&
        stepIndexOf(context) < LAST_STEP &&
        t !== null &&
        t.runningSince !== null &&
        remainingAt(t, event.now).remainingMs === 0
      );
    },
    warmupRunning: ({ context }) => context.warmup !== null && context.warmup.timer.endedAt === null,
  },
}).createMachine({
  id: 'kring-session',
  context: ({ input }) => op.initialContext(input.id, input.now),
  initial: 'planning',
  // Allowed in every phase but the final one: people arrive late, plans change.
  on: {
    SET_START: { actions: assign(({ context, event }) => op.setStart(context, event)) },
    ADD_PARTICIPANT: { guard: 'valid', actions: assign(({ context, event }) => op.addParticipant(context, event)) },
    RENAME_PARTICIPANT: { guard: 'valid', actions: assign(({ context, event }) => op.renameParticipant(context, event)) },
    REMOVE_PARTICIPANT: { guard: 'valid', actions: assign(({ context, event }) => op.removeParticipant(context, event)) },
    SET_FACILITATORS: { guard: 'valid', actions: assign(({ context, event }) => op.setFacilitators(context, event)) },
    SET_TEMPLATE: { actions: assign(({ context, event }) => op.setTemplate(context, event)) },
    SET_SCHEDULE: { guard: 'valid', actions: assign(({ context, event }) => op.setSchedule(context, event)) },
    SET_AUTO_ADVANCE: { actions: assign(({ context, event }) => op.setAutoAdvance(context, event)) },
    ADD_PROPOSAL: { guard: 'valid', actions: assign(({ context, event }) => op.addProposal(context, event)) },
    EDIT_PROPOSAL: { guard: 'valid', actions: assign(({ context, event }) => op.editProposal(context, event)) },
    WITHDRAW_PROPOSAL: { guard: 'valid', actions: assign(({ context, event }) => op.withdrawProposal(context, event)) },
    RESTORE_PROPOSAL: { guard: 'valid', actions: assign(({ context, event }) => op.restoreProposal(context, event)) },
    START: { guard: 'timerNotStarted', actions: assign(({ context, event }) => op.startClock(context, event)) },
    PAUSE: { guard: 'timerRunning', actions: assign(({ context, event }) => op.pauseClock(context, event)) },
    RESUME: { guard: 'timerPaused', actions: assign(({ context, event }) => op.resumeClock(context, event)) },
    EXTEND: { guard: 'timerAdjustable', actions: assign(({ context, event }) => op.extendClock(context, event)) },
    SHORTEN: { guard: 'timerAdjustable', actions: assign(({ context, event }) => op.shortenClock(context, event)) },
    CLOCK_JUMP: { guard: 'valid', actions: assign(({ context, event }) => op.clockJumped(context, event)) },
  },
  states: {
    planning: {
      on: { CONFIRM_PLAN: { target: 'opening', actions: assign(({ context, event }) => op.beginSession(context, event)) } },
    },
    opening: {
      on: {
        CHECK_AGREEMENT: { actions: assign(({ context, event }) => op.checkAgreement(context, event)) },
        START_WARMUP: { guard: 'valid', actions: assign(({ context, event }) => op.startWarmup(context, event)) },
        END_WARMUP: { guard: 'warmupRunning', actions: assign(({ context, event }) => op.endWarmup(context, event)) },
        FINISH_OPENING: { target: 'choosing', actions: assign(({ context, event }) => op.finishOpening(context, event)) },
      },
    },
    choosing: {
      on: {
        CHOOSE_PROPOSAL: { guard: 'valid', target: 'case', actions: assign(({ context, event }) => op.chooseProposal(context, event)) },
        START_BREAK: { guard: 'valid', target: 'break', actions: assign(({ context, event }) => op.startBreak(context, event)) },
        CLOSE_SESSION: { target: 'closing', actions: assign(({ context, event }) => op.beginClosing(context, event)) },
      },
    },
    case: {
      on: {
        SET_STEP_MINUTES: { guard: 'valid', actions: assign(({ context, event }) => op.setStepMinutes(context, event)) },
        NEXT: [
          { guard: 'notLastStep', actions: assign(({ context, event }) => op.nextStep(context, event)) },
          { target: 'caseEnd', actions: assign(({ context, event }) => op.endCase(context, event)) },
        ],
        BACK: [
          { guard: 'hasPreviousStep', actions: assign(({ context, event }) => op.previousStep(context, event)) },
          { guard: 'caseNotStarted', target: 'choosing', actions: assign(({ context, event }) => op.unchooseCase(context, event)) },
        ],
        CLOCK: { guard: 'autoAdvanceDue', actions: assign(({ context, event }) => op.nextStep(context, event, 'auto-advanced')) },
      },
    },
    caseEnd: {
      on: {
        BACK: { target: 'case', actions: assign(({ context, event }) => op.reopenLastStep(context, event)) },
        NEXT_CASE: { target: 'choosing' },
        START_BREAK: { guard: 'valid', target: 'break', actions: assign(({ context, event }) => op.startBreak(context, event)) },
        CLOSE_SESSION: { target: 'closing', actions: assign(({ context, event }) => op.beginClosing(context, event)) },
      },
    },
    break: {
      on: {
        END_BREAK: { target: 'choosing', actions: assign(({ context, event }) => op.endBreak(context, event)) },
        CLOSE_SESSION: { target: 'closing', actions: assign(({ context, event }) => op.beginClosing(context, event)) },
      },
    },
    closing: {
      on: {
        BACK: { target: 'choosing', actions: assign(({ context, event }) => op.undoClosing(context, event)) },
        FINISH_SESSION: { target: 'closed', actions: assign(({ context, event }) => op.finishSession(context, event)) },
      },
    },
    closed: { type: 'final' },
  },
});

export type SessionMachine = typeof sessionMachine;
