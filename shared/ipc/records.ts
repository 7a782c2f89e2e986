/** What is kept in the vault: typed by people, so encrypted, never in a plain file. */
import type { ObservationTagId, StepId } from '../method/index.ts';

export interface Note {
  /** One note per session, case and step (caseId/stepId null: about the session as a whole). */
  sessionId: string;
  caseId: string | null;
  stepId: StepId | null;
  text: string;
  updatedAt: number;
}

export interface Observation {
  id: string;
  sessionId: string;
  caseId: string | null;
  stepId: StepId | null;
  tag: ObservationTagId | null;
  text: string;
  at: number;
  by: 'supervisor' | 'timekeeper';
}

export interface RequestVoiced {
  from: string;
  to: string;
  text: string;
}

export interface CaseSummary {
  sessionId: string;
  caseId: string;
  commonThread: string;
  themes: string[];
  reflections: string;
  requests: RequestVoiced[];
  updatedAt: number;
}

export interface HistoryEntry {
  sessionId: string;
  /** When the session began (or was created). */
  date: number;
  endedAt: number | null;
  caseTitles: string[];
  plannedMs: number;
  actualMs: number;
}
