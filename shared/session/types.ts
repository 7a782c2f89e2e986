import type { AgreementId, CriterionId, MethodId, StepId, TemplateId, WarmupId } from '../method/index.ts';
import type { Timer } from './timer.ts';

/** The phases of a session, in order; a session may pass choosing → case → caseEnd more than once. */
export type Phase = 'planning' | 'opening' | 'choosing' | 'case' | 'caseEnd' | 'break' | 'closing' | 'closed';

/** The machine's state value: a phase, or inside a case the step being held, e.g. `{ case: 'vragen' }`. */
export type SessionStateValue = Exclude<Phase, 'case'> | { case: StepId };

export interface Participant {
  id: string;
  name: string;
}

export interface Plan {
  /** Planned start, epoch ms; null when not set. */
  startsAt: number | null;
  participants: Participant[];
  supervisorName: string;
  secondFacilitatorName: string;
  templateId: TemplateId;
  /** Per-step minutes of this session's own (a circle's template), on top of the preset; absent in older files. */
  stepMinutes?: Partial<Record<StepId, number>>;
  plannedCases: number;
  openingMinutes: number;
  breakMinutes: number;
  closingMinutes: number;
  /** Off by default: time-up is a signal and the supervisor decides. */
  autoAdvance: boolean;
}

export type ProposalStatus = 'open' | 'chosen' | 'withdrawn';

export interface Proposal {
  id: string;
  title: string;
  /** A participant's id, or null when the presenter is not named. */
  presenterId: string | null;
  criteria: CriterionId[];
  status: ProposalStatus;
}

export interface StepRecord {
  stepId: StepId;
  timer: Timer;
}

export interface CaseRecord {
  id: string;
  proposalId: string;
  steps: StepRecord[];
  startedAt: number;
  endedAt: number | null;
}

export interface Warmup {
  warmupId: WarmupId;
  timer: Timer;
}

/** Which timer the time controls act on now. */
export type TimerRef =
  | { kind: 'warmup' }
  | { kind: 'step'; caseIndex: number; stepIndex: number }
  | { kind: 'break'; index: number }
  | { kind: 'closing' };

export type LogKind =
  | 'started'
  | 'paused'
  | 'resumed'
  | 'extended'
  | 'shortened'
  | 'next'
  | 'back'
  | 'auto-advanced'
  | 'clock-jump'
  | 'restored'
  | 'phase';

export interface LogEntry {
  at: number;
  kind: LogKind;
  /** What it concerns: a step id, a phase, or a short machine-readable detail. Never typed text. */
  detail: string;
  ms?: number;
}

export interface SessionContext {
  id: string;
  /** The method whose steps the machine was drawn from. */
  methodId: MethodId;
  createdAt: number;
  /**
   * How many moves (phase or step changes, warm-ups started or ended) the session has made.
   * A window aims a command at the move it was showing; once the session moved on, the command
   * is stale and changes nothing.
   */
  moves: number;
  plan: Plan;
  /** When the plan was confirmed and the opening began. */
  startedAt: number | null;
  endedAt: number | null;
  agreementsChecked: AgreementId[];
  warmup: Warmup | null;
  openingEndedAt: number | null;
  proposals: Proposal[];
  cases: CaseRecord[];
  breaks: Timer[];
  closing: Timer | null;
  clock: TimerRef | null;
  log: LogEntry[];
}

type At = { now: number };
/** The move the sender was looking at (see `SessionContext.moves`). */
type Aimed = { atMove: number };

export type ScheduleField = 'plannedCases' | 'openingMinutes' | 'breakMinutes' | 'closingMinutes';
export type FacilitatorRole = 'supervisor' | 'second';

/**
 * Every event carries `now` (epoch ms): the engine never reads a clock itself. Commands that
 * depend on what the sender saw carry `atMove`; an edit names the one field it changes.
 */
export type SessionEvent = At &
  (
    | { type: 'SET_START'; startsAt: number | null }
    | { type: 'ADD_PARTICIPANT'; id: string; name: string }
    | { type: 'RENAME_PARTICIPANT'; id: string; name: string }
    | { type: 'REMOVE_PARTICIPANT'; id: string }
    | { type: 'SET_FACILITATOR'; role: FacilitatorRole; name: string }
    | { type: 'SET_TEMPLATE'; templateId: TemplateId }
    | { type: 'SET_PLAN_STEP_MINUTES'; stepId: StepId; minutes: number | null }
    | { type: 'SET_SCHEDULE'; field: ScheduleField; value: number }
    | { type: 'SET_AUTO_ADVANCE'; enabled: boolean }
    | ({ type: 'CONFIRM_PLAN' } & Aimed)
    | { type: 'CHECK_AGREEMENT'; agreementId: AgreementId; checked: boolean }
    | ({ type: 'START_WARMUP'; warmupId: WarmupId; minutes: number } & Aimed)
    | ({ type: 'END_WARMUP' } & Aimed)
    | ({ type: 'FINISH_OPENING' } & Aimed)
    | { type: 'ADD_PROPOSAL'; id: string; title: string; presenterId: string | null; criteria: CriterionId[] }
    /** Only the fields present change: a title edit never overwrites a presenter chosen meanwhile. */
    | { type: 'EDIT_PROPOSAL'; id: string; title?: string; presenterId?: string | null; criteria?: CriterionId[] }
    | { type: 'WITHDRAW_PROPOSAL'; id: string }
    | { type: 'RESTORE_PROPOSAL'; id: string }
    | ({ type: 'CHOOSE_PROPOSAL'; id: string; caseId: string; minutes?: Partial<Record<StepId, number>> } & Aimed)
    | { type: 'SET_STEP_MINUTES'; stepId: StepId; minutes: number }
    | ({ type: 'START' } & Aimed)
    | ({ type: 'PAUSE' } & Aimed)
    | ({ type: 'RESUME' } & Aimed)
    | ({ type: 'EXTEND'; ms: number } & Aimed)
    | ({ type: 'SHORTEN'; ms: number } & Aimed)
    | ({ type: 'NEXT' } & Aimed)
    | ({ type: 'BACK' } & Aimed)
    | ({ type: 'START_BREAK'; minutes: number } & Aimed)
    | ({ type: 'END_BREAK' } & Aimed)
    | ({ type: 'NEXT_CASE' } & Aimed)
    | ({ type: 'CLOSE_SESSION' } & Aimed)
    | ({ type: 'FINISH_SESSION' } & Aimed)
    /** From the host: a deadline may have passed (auto-advance, overtime). */
    | { type: 'CLOCK' }
    /** From the host: the wall clock jumped by `deltaMs` while the monotonic clock did not. */
    | { type: 'CLOCK_JUMP'; deltaMs: number }
  );

export type SessionEventType = SessionEvent['type'];
export type EventOf<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;
/** The events that say which move they were aimed at. */
export type AimedEvent = Extract<SessionEvent, Aimed>;
