/**
 * The supervisor's notes for this session, per case and step: loaded once from the vault,
 * autosaved while typing. Unsaved text lives here (memory only) until the vault took it.
 */
import type { Note } from '../../shared/ipc/records.ts';
import type { StepId } from '../../shared/method/types.ts';
import { api } from '../common/api.ts';
import { createStore } from '../common/store.ts';
import { createAutosaver } from './autosave.ts';
import type { Autosaver, SaveState } from './autosave.ts';

export const noteKey = (caseId: string | null, stepId: StepId | null) => `${caseId ?? '-'}|${stepId ?? '-'}`;

interface NotesState {
  sessionId: string | null;
  loaded: boolean;
  texts: Record<string, string>;
  saveState: Record<string, { state: SaveState; savedAt: number | null }>;
}

export const notesStore = createStore<NotesState>({ sessionId: null, loaded: false, texts: {}, saveState: {} });
const savers = new Map<string, Autosaver>();

function patch(change: Partial<NotesState>) {
  notesStore.set({ ...notesStore.get(), ...change });
}

export async function loadNotes(sessionId: string) {
  const current = notesStore.get();
  if (current.sessionId !== sessionId) {
    for (const s of savers.values()) s.dispose();
    savers.clear();
    patch({ sessionId, loaded: false, texts: {}, saveState: {} });
  }
  const reply = await api()['notes.list']({ sessionId });
  if (!reply.ok) return;
  const texts: Record<string, string> = {};
  for (const n of reply.value as Note[]) texts[noteKey(n.caseId, n.stepId)] = n.text;
  // What is still being typed wins over what was stored.
  for (const [key, saver] of savers) {
    const pending = saver.pending();
    if (pending !== null) texts[key] = pending;
  }
  patch({ loaded: true, texts: { ...notesStore.get().texts, ...texts } });
}

function saverFor(caseId: string | null, stepId: StepId | null): Autosaver {
  const key = noteKey(caseId, stepId);
  let saver = savers.get(key);
  if (!saver) {
    saver = createAutosaver({
      save: async (text) => (await api()['notes.save']({ caseId, stepId, text })).ok,
      onState: (state, savedAt) => patch({ saveState: { ...notesStore.get().saveState, [key]: { state, savedAt } } }),
    });
    savers.set(key, saver);
  }
  return saver;
}

/**
 * The vault locked: forget every note that is safely stored (it is read again after the unlock),
 * keep only what is not saved yet, so that no typed word is lost.
 */
export function forgetSavedNotes() {
  const texts: Record<string, string> = {};
  for (const [key, saver] of savers) {
    const pending = saver.pending();
    if (pending !== null) texts[key] = pending;
  }
  patch({ loaded: false, texts, saveState: {} });
}

export function changeNote(caseId: string | null, stepId: StepId | null, text: string) {
  const key = noteKey(caseId, stepId);
  patch({ texts: { ...notesStore.get().texts, [key]: text } });
  saverFor(caseId, stepId).change(text);
}

/** Save everything pending now (step change, blur, lock warning, leaving the page). */
export async function flushNotes(): Promise<boolean> {
  const results = await Promise.all([...savers.values()].map((s) => s.flush()));
  return results.every(Boolean);
}

export function hasUnsavedNotes(): boolean {
  return [...savers.values()].some((s) => s.pending() !== null);
}

let watching = false;
/** Flush on leaving the page, and try again whenever the window regains focus. */
export function watchNotes() {
  if (watching) return;
  watching = true;
  window.addEventListener('pagehide', () => void flushNotes());
  window.addEventListener('beforeunload', (event) => {
    void flushNotes();
    if (hasUnsavedNotes()) event.preventDefault();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushNotes();
  });
}
