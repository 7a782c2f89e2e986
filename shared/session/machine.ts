/**
 * The session engine: one XState machine for a whole session, drawn from a method definition.
 * The phases are states; inside `case` every step of the method is a state of its own, in the
 * method's order, so a saved state reads `{ case: 'stille-inventaris' }`. Step traits are declared
 * as tags (`silent`, `midpoint`) and meta (the step's definition), which the views read.
 *
 * Pure: no timers, no clocks, no I/O. Every event carries `now`; time lives in the context as data
 * (see timer.ts), and a step's entry and exit actions do its timer bookkeeping. No `after` delays on
 * purpose: delayed events are not part of a persisted snapshot.
 */
import { and, assign, setup } from 'xstate';
import { INTERVISIE, methodById } from '../method/index.ts';
import type { MethodDefinition, MethodId, StepDefinition } from '../method/index.ts';
import { semanticRefusal } from './checks.ts';
import { currentTimer } from './current-timer.ts';
import * as op from './operations.ts';
import { remainingAt, statusAt } from './timer.ts';
import type { EventOf, SessionContext, SessionEvent, SessionEventType } from './types.ts';

export type StepTag = 'step' | 'silent' | 'midpoint';

/** What a step's state declares about itself; views read it through `getMeta`. */
export interface StepMeta {
  step: StepDefinition;
}

/** Apply a context update written for one event type (the machine's transitions guarantee the type). */
function on<T extends SessionEventType>(
  context: SessionContext,
  event: SessionEvent,
  type: T,
  update: (ctx: SessionContext, e: EventOf<T>) => SessionContext,
): SessionContext {
  if (event.type !== type) throw new Error(`${type} action ran for ${event.type}`);
  return update(context, event as EventOf<T>);
}

const status = (context: SessionContext, now: number) => {
  const timer = currentTimer(context);
  return timer ? statusAt(timer, now) : null;
};

export function createSessionMachine(method: MethodDefinition) {
  const steps = method.steps;
  const first = steps[0];
  const last = steps[steps.length - 1];
  if (!first || !last) throw new Error(`method ${method.id} has no steps`);

  const stepStates = Object.fromEntries(
    steps.map((step, index) => {
      const next = steps[index + 1];
      const previous = steps[index - 1];
      const tags: StepTag[] = ['step'];
      if (step.silent) tags.push('silent');
      if (step.midpointMinutes !== undefined) tags.push('midpoint');
      return [
        step.id,
        {
          tags,
          meta: { step } satisfies StepMeta,
          entry: [{ type: 'enterStep', params: { index } }, 'countMove'],
          exit: 'leaveStep',
          on: {
            NEXT: next
              ? { guard: 'valid' as const, target: next.id }
              : { guard: 'valid' as const, target: '#kring-session.caseEnd', actions: 'endCase' as const },
            BACK: previous
              ? { guard: 'valid' as const, target: previous.id }
              : { guard: and(['valid', 'caseNotStarted']), target: '#kring-session.choosing', actions: 'unchooseCase' as const },
            ...(next && { CLOCK: { guard: 'autoAdvanceDue' as const, target: next.id } }),
          },
        },
      ] as const;
    }),
  );

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as { id: string; now: number },
      tags: {} as StepTag,
    },
    actions: {
      countMove: assign(({ context }) => op.countMove(context)),
      setStart: assign(({ context, event }) => on(context, event, 'SET_START', op.setStart)),
      addParticipant: assign(({ context, event }) => on(context, event, 'ADD_PARTICIPANT', op.addParticipant)),
      renameParticipant: assign(({ context, event }) => on(context, event, 'RENAME_PARTICIPANT', op.renameParticipant)),
      removeParticipant: assign(({ context, event }) => on(context, event, 'REMOVE_PARTICIPANT', op.removeParticipant)),
      setFacilitator: assign(({ context, event }) => on(context, event, 'SET_FACILITATOR', op.setFacilitator)),
      setTemplate: assign(({ context, event }) => on(context, event, 'SET_TEMPLATE', op.setTemplate)),
      setPlanStepMinutes: assign(({ context, event }) => on(context, event, 'SET_PLAN_STEP_MINUTES', op.setPlanStepMinutes)),
      setSchedule: assign(({ context, event }) => on(context, event, 'SET_SCHEDULE', op.setSchedule)),
      setAutoAdvance: assign(({ context, event }) => on(context, event, 'SET_AUTO_ADVANCE', op.setAutoAdvance)),
      beginSession: assign(({ context, event }) => on(context, event, 'CONFIRM_PLAN', op.beginSession)),
      checkAgreement: assign(({ context, event }) => on(context, event, 'CHECK_AGREEMENT', op.checkAgreement)),
      startWarmup: assign(({ context, event }) => on(context, event, 'START_WARMUP', op.startWarmup)),
      endWarmup: assign(({ context, event }) => op.endWarmup(context, event)),
      finishOpening: assign(({ context, event }) => on(context, event, 'FINISH_OPENING', op.finishOpening)),
      addProposal: assign(({ context, event }) => on(context, event, 'ADD_PROPOSAL', op.addProposal)),
      editProposal: assign(({ context, event }) => on(context, event, 'EDIT_PROPOSAL', op.editProposal)),
      withdrawProposal: assign(({ context, event }) => on(context, event, 'WITHDRAW_PROPOSAL', op.withdrawProposal)),
      restoreProposal: assign(({ context, event }) => on(context, event, 'RESTORE_PROPOSAL', op.restoreProposal)),
      chooseProposal: assign(({ context, event }) => on(context, event, 'CHOOSE_PROPOSAL', (ctx, e) => op.chooseProposal(method, ctx, e))),
      unchooseCase: assign(({ context, event }) => op.unchooseCase(context, event)),
      setStepMinutes: assign(({ context, event }) => on(context, event, 'SET_STEP_MINUTES', op.setStepMinutes)),
      enterStep: assign(({ context, event }, params: { index: number }) => op.enterStep(context, params.index, event)),
      leaveStep: assign(({ context, event }) => op.leaveStep(context, event)),
      endCase: assign(({ context, event }) => op.endCase(context, event)),
      reopenCase: assign(({ context }) => op.reopenCase(context)),
      nextCase: assign(({ context, event }) => op.nextCase(context, event)),
      startClock: assign(({ context, event }) => op.startClock(context, event)),
      pauseClock: assign(({ context, event }) => op.pauseClock(context, event)),
      resumeClock: assign(({ context, event }) => op.resumeClock(context, event)),
      extendClock: assign(({ context, event }) => on(context, event, 'EXTEND', op.extendClock)),
      shortenClock: assign(({ context, event }) => on(context, event, 'SHORTEN', op.shortenClock)),
      startBreak: assign(({ context, event }) => on(context, event, 'START_BREAK', op.startBreak)),
      endBreak: assign(({ context, event }) => op.endBreak(context, event)),
      beginClosing: assign(({ context, event }) => op.beginClosing(context, event)),
      undoClosing: assign(({ context, event }) => op.undoClosing(context, event)),
      finishSession: assign(({ context, event }) => op.finishSession(context, event)),
      clockJumped: assign(({ context, event }) => on(context, event, 'CLOCK_JUMP', op.clockJumped)),
    },
    guards: {
      /** Aimed at the move the session is at, and sound (see checks.ts). */
      valid: ({ context, event }) => semanticRefusal(context, event) === null,
      timerNotStarted: ({ context, event }) => status(context, event.now) === 'not-started',
      timerRunning: ({ context, event }) => ['running', 'overtime'].includes(status(context, event.now) ?? ''),
      timerPaused: ({ context, event }) => status(context, event.now) === 'paused',
      timerOpen: ({ context }) => currentTimer(context)?.endedAt === null,
      caseNotStarted: ({ context }) => currentTimer(context)?.startedAt === null,
      autoAdvanceDue: ({ context, event }) => {
        const timer = currentTimer(context);
        return context.plan.autoAdvance && timer?.runningSince != null && remainingAt(timer, event.now).remainingMs === 0;
      },
      warmupRunning: ({ context }) => context.warmup !== null && context.warmup.timer.endedAt === null,
    },
  }).createMachine({
    id: 'kring-session',
    context: ({ input }) => op.initialContext(method, input.id, input.now),
    initial: 'planning',
    // Allowed in every phase but the final one: people arrive late, plans change.
    on: {
      SET_START: { actions: 'setStart' },
      ADD_PARTICIPANT: { guard: 'valid', actions: 'addParticipant' },
      RENAME_PARTICIPANT: { guard: 'valid', actions: 'renameParticipant' },
      REMOVE_PARTICIPANT: { guard: 'valid', actions: 'removeParticipant' },
      SET_FACILITATOR: { guard: 'valid', actions: 'setFacilitator' },
      SET_TEMPLATE: { guard: 'valid', actions: 'setTemplate' },
      SET_PLAN_STEP_MINUTES: { guard: 'valid', actions: 'setPlanStepMinutes' },
      SET_SCHEDULE: { guard: 'valid', actions: 'setSchedule' },
      SET_AUTO_ADVANCE: { actions: 'setAutoAdvance' },
      ADD_PROPOSAL: { guard: 'valid', actions: 'addProposal' },
      EDIT_PROPOSAL: { guard: 'valid', actions: 'editProposal' },
      WITHDRAW_PROPOSAL: { guard: 'valid', actions: 'withdrawProposal' },
      RESTORE_PROPOSAL: { guard: 'valid', actions: 'restoreProposal' },
      START: { guard: and(['valid', 'timerNotStarted']), actions: 'startClock' },
      PAUSE: { guard: and(['valid', 'timerRunning']), actions: 'pauseClock' },
      RESUME: { guard: and(['valid', 'timerPaused']), actions: 'resumeClock' },
      EXTEND: { guard: and(['valid', 'timerOpen']), actions: 'extendClock' },
      SHORTEN: { guard: and(['valid', 'timerOpen']), actions: 'shortenClock' },
      CLOCK_JUMP: { guard: 'valid', actions: 'clockJumped' },
    },
    states: {
      planning: {
        on: { CONFIRM_PLAN: { guard: 'valid', target: 'opening', actions: 'beginSession' } },
      },
      opening: {
        entry: 'countMove',
        on: {
          CHECK_AGREEMENT: { actions: 'checkAgreement' },
          START_WARMUP: { guard: 'valid', actions: ['startWarmup', 'countMove'] },
          END_WARMUP: { guard: and(['valid', 'warmupRunning']), actions: ['endWarmup', 'countMove'] },
          FINISH_OPENING: { guard: 'valid', target: 'choosing', actions: 'finishOpening' },
        },
      },
      choosing: {
        entry: 'countMove',
        on: {
          CHOOSE_PROPOSAL: { guard: 'valid', target: 'case', actions: 'chooseProposal' },
          START_BREAK: { guard: 'valid', target: 'break', actions: 'startBreak' },
          CLOSE_SESSION: { guard: 'valid', target: 'closing', actions: 'beginClosing' },
        },
      },
      case: {
        initial: first.id,
        states: stepStates,
        on: { SET_STEP_MINUTES: { guard: 'valid', actions: 'setStepMinutes' } },
      },
      caseEnd: {
        entry: 'countMove',
        on: {
          BACK: { guard: 'valid', target: `case.${last.id}`, actions: 'reopenCase' },
          NEXT_CASE: { guard: 'valid', target: 'choosing', actions: 'nextCase' },
          START_BREAK: { guard: 'valid', target: 'break', actions: 'startBreak' },
          CLOSE_SESSION: { guard: 'valid', target: 'closing', actions: 'beginClosing' },
        },
      },
      break: {
        entry: 'countMove',
        on: {
          END_BREAK: { guard: 'valid', target: 'choosing', actions: 'endBreak' },
          CLOSE_SESSION: { guard: 'valid', target: 'closing', actions: 'beginClosing' },
        },
      },
      closing: {
        entry: 'countMove',
        on: {
          BACK: { guard: 'valid', target: 'choosing', actions: 'undoClosing' },
          FINISH_SESSION: { guard: 'valid', target: 'closed', actions: 'finishSession' },
        },
      },
      closed: { type: 'final', entry: 'countMove' },
    },
  });
}

export type SessionMachine = ReturnType<typeof createSessionMachine>;

const machines = new Map<MethodId, SessionMachine>();

/** The machine of a method, made once. */
export function machineFor(methodId: MethodId): SessionMachine {
  let machine = machines.get(methodId);
  if (!machine) {
    machine = createSessionMachine(methodById(methodId));
    machines.set(methodId, machine);
  }
  return machine;
}

/** The six-step intervisie, the method Kring exists for. */
export const sessionMachine = machineFor(INTERVISIE.id);
