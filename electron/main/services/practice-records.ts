/**
 * What is typed during practice lives here, in memory, and nowhere else: notes, observations and
 * summaries work as in a real session, and are gone when practice ends. Nothing reaches the vault,
 * the history or an export.
 */
import { randomUUID } from 'node:crypto';
import type { CaseSummary, Note, Observation, Reply } from '../../../shared/ipc/index.ts';
import type { Localized, ObservationTagId, StepId } from '../../../shared/method/index.ts';

const NO_EXPORT: Localized = {
  nl: 'Dit is een oefening: er wordt niets bewaard of geëxporteerd.',
  en: 'This is practice: nothing is kept or exported.',
};

export interface Whereabouts {
  sessionId: string;
  caseId: string | null;
  stepId: StepId | null;
}

export type PracticeRecords = ReturnType<typeof createPracticeRecords>;

export function createPracticeRecords(now: () => number, whereabouts: () => Whereabouts | null) {
  let notes = new Map<string, Note>();
  let observations: Observation[] = [];
  let summaries = new Map<string, CaseSummary>();
  const here = (): Whereabouts => whereabouts() ?? { sessionId: 'practice', caseId: null, stepId: null };

  return {
    saveNote(req: { caseId: string | null; stepId: StepId | null; text: string }): Reply<{ updatedAt: number }> {
      const note: Note = { sessionId: here().sessionId, caseId: req.caseId, stepId: req.stepId, text: req.text, updatedAt: now() };
      notes.set(`${req.caseId}|${req.stepId}`, note);
      return { ok: true, value: { updatedAt: note.updatedAt } };
    },
    notes: (): Reply<Note[]> => ({ ok: true, value: [...notes.values()] }),
    addObservation(req: { tag: ObservationTagId | null; text: string }, by: Observation['by']): Reply<Observation> {
      const w = here();
      const observation: Observation = { id: randomUUID(), sessionId: w.sessionId, caseId: w.caseId, stepId: w.stepId, tag: req.tag, text: req.text.trim(), at: now(), by };
      observations = [...observations, observation];
      return { ok: true, value: observation };
    },
    observations: (): Reply<Observation[]> => ({ ok: true, value: observations }),
    saveSummary(req: Omit<CaseSummary, 'updatedAt'>): Reply<CaseSummary> {
      const summary: CaseSummary = { ...req, updatedAt: now() };
      summaries.set(req.caseId, summary);
      return { ok: true, value: summary };
    },
    summaries: (): Reply<CaseSummary[]> => ({ ok: true, value: [...summaries.values()] }),
    refuseExport: (): Reply<never> => ({ ok: false, error: { code: 'practice-no-export', message: NO_EXPORT } }),
    /** Practice over: forget every word. */
    clear() {
      notes = new Map();
      observations = [];
      summaries = new Map();
    },
  };
}
