/** A circle ("kring"): a group that meets again and again. Kept only in the encrypted vault. */
import type { MethodId, StepId, TemplateId } from '../method/index.ts';

export interface CircleRequest {
  /** Computed from where it was voiced (session, case, place), so importing it twice is harmless. */
  id: string;
  /** Who asks, of whom (a person or "de groep"), what: short, without client details. */
  from: string;
  to: string;
  text: string;
  sessionId: string;
  /** When the session it was voiced in began. */
  askedAt: number;
  status: 'open' | 'done';
  /** The session in which it was last looked at (marked done or carried over), if any. */
  reviewedIn: string | null;
}

export interface Circle {
  id: string;
  name: string;
  participants: string[];
  supervisorName: string;
  secondFacilitatorName: string;
  /** The group's own agreements, on top of the standard four. */
  agreements: string[];
  methodId: MethodId;
  templateId: TemplateId;
  /** The circle's own minutes per step, on top of the preset (empty: the preset as is). */
  stepMinutes: Partial<Record<StepId, number>>;
  /** Sessions begun with this circle, oldest first. */
  sessionIds: string[];
  requests: CircleRequest[];
  createdAt: number;
  updatedAt: number;
}

/** What the circle form sends; main keeps the sessions and requests. */
export type CircleDraft = Pick<Circle, 'name' | 'participants' | 'supervisorName' | 'secondFacilitatorName' | 'agreements' | 'methodId' | 'templateId' | 'stepMinutes'> & {
  id: string | null;
};

/** A durations template saved by the supervisor, reusable for any circle of its method. */
export interface SavedTemplate {
  id: string;
  name: string;
  methodId: MethodId;
  minutes: Partial<Record<StepId, number>>;
}

/** One member's turn at bringing a case, from the circle's history. */
export interface RotationLine {
  name: string;
  /** Cases brought in the sessions looked at. */
  cases: number;
  /** When they last brought one; null: not in the sessions looked at. */
  lastAt: number | null;
  /** Sessions of the circle since their last case (all sessions looked at when never). */
  sessionsSince: number;
}

export interface Rotation {
  /** How many of the circle's last sessions were looked at. */
  sessionsLooked: number;
  /** Longest wait first. */
  lines: RotationLine[];
  /** Members who brought no case in the sessions looked at. */
  notForAWhile: string[];
}

/** What the supervisor's window is told about the running session's circle. Never sent to another window. */
export interface CircleBrief {
  circleId: string;
  name: string;
  agreements: string[];
  /** Open requests from earlier sessions, and those looked at in this one. */
  requests: CircleRequest[];
  rotation: Rotation;
}
