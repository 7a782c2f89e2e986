/**
 * Everything people type, kept only in the encrypted vault: the session's names and titles,
 * notes per case and step, the timekeeper's observations, case summaries and the history.
 * Observations tapped while the vault is locked wait in memory and are saved on unlock.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { CaseSummary, ExportFinding, ExportResult, HistoryEntry, Note, Observation, Reply, SessionArchive } from '../../../shared/ipc/index.ts';
import { ALL_STEP_IDS } from '../../../shared/method/index.ts';
import type { StepId } from '../../../shared/method/index.ts';
import { longDate, numericDate } from '../../../shared/i18n/index.ts';
import type { Lang } from '../../../shared/i18n/index.ts';
import { archivedState, phaseOf, sessionTiming, supervisorView } from '../../../shared/session/index.ts';
import type { PersistedSession, SessionContent } from '../../../shared/session/index.ts';
import { subMonths } from 'date-fns/subMonths';
import { lazy } from './lazy.ts';
import { purgeExpired, VaultLockedError } from '../vault/index.ts';
import type { Vault } from '../vault/index.ts';
import type { Clock } from './clock.ts';
import type { Handlers } from './dispatch.ts';
import type { ContentStore } from './session-host.ts';

/** A session's date as a person may search for it: "2026-02-12", "12/02/2026" or "12-02-2026", "donderdag 12 februari 2026". */
const dateTexts = (at: number, lang: Lang) => [new Date(at).toISOString(), numericDate(at, lang), longDate(at, lang).toLocaleLowerCase('nl')];
import type { VaultService } from './vault-service.ts';

export const RECORD_KINDS = ['session-content', 'note', 'observations', 'summary', 'history', 'history-index'] as const;

/** A full retention sweep (decrypting every record) runs at most this often; the index covers the rest. */
const FULL_SWEEP_EVERY_MS = 7 * 24 * 60 * 60_000;

/** Record ids are a hash of what they hold a place for: stable, and saying nothing in a file name. */
export const recordId = (...parts: (string | null)[]) =>
  createHash('sha256').update(parts.map((p) => p ?? '-').join('\u0000')).digest('base64url').slice(0, 43);

export interface Whereabouts {
  sessionId: string;
  caseId: string | null;
  stepId: StepId | null;
}

interface HistoryRecord {
  entry: HistoryEntry;
  persisted: PersistedSession;
}

/** One encrypted record listing every session, so the history opens without decrypting the vault. */
interface HistoryIndex {
  entries: HistoryEntry[];
  lastFullSweepAt: number;
}

const INDEX_ID = recordId('history-index');

/** The vault key group of a session: its id (a UUID), or a hash of an id a window made up. */
const sessionGroup = (sessionId: string) => (/^[A-Za-z0-9_.:-]{1,100}$/.test(sessionId) ? sessionId : `h-${recordId('group', sessionId)}`);

/** The key group of a record: its session, or the vault's own group for the history index. */
export function groupOfRecord(record: { kind: string; data: unknown }): string {
  const data = record.data as Record<string, unknown> | unknown[] | null;
  if (record.kind === 'observations' && Array.isArray(data)) {
    const first = data[0] as { sessionId?: unknown } | undefined;
    return typeof first?.sessionId === 'string' ? sessionGroup(first.sessionId) : 'vault';
  }
  if (data && !Array.isArray(data)) {
    if (typeof data.sessionId === 'string') return sessionGroup(data.sessionId);
    const entry = data.entry as { sessionId?: unknown } | undefined;
    if (typeof entry?.sessionId === 'string') return sessionGroup(entry.sessionId);
  }
  return 'vault';
}

const LOCKED = {
  code: 'locked',
  message: { nl: 'Kring is vergrendeld. Ontgrendel om notities te lezen of te bewaren.', en: 'Kring is locked. Unlock to read or keep notes.' },
};
const NO_SESSION = {
  code: 'no-session',
  message: { nl: 'Er loopt geen sessie om dit bij te bewaren.', en: 'There is no session to keep this with.' },
};
/** Only an export needs these: loaded at the first one, not at every start. */
const privacyCheck = lazy(() => import('../../../shared/privacy/identifiers.ts'));
const summaryRender = lazy(() => import('../../../shared/summary/render.ts'));

const NOT_FOUND = {
  code: 'not-found',
  message: { nl: 'Deze sessie staat niet (meer) in de geschiedenis.', en: 'This session is not (or no longer) in the history.' },
};

/**
 * What an export of this session (or one case) carries that may identify someone: the same
 * fields the export writes — case titles and the summaries. Names of the circle's own members
 * are not flagged (they are in the export on purpose, as who asked whom).
 */
export async function exportFindings(archive: SessionArchive, caseId: string | null): Promise<ExportFinding[]> {
  const { findIdentifiers } = await privacyCheck();
  const plan = archive.view.plan;
  const knownNames = [...plan.participants.map((p) => p.name), plan.supervisorName, plan.secondFacilitatorName].filter((n): n is string => Boolean(n));
  const out: ExportFinding[] = [];
  const scan = (where: ExportFinding['where'], text: string) => {
    for (const f of findIdentifiers(text, { knownNames })) out.push({ kind: f.kind, match: f.match, where, message: f.message });
  };
  for (const c of archive.view.cases.filter((x) => caseId === null || x.id === caseId)) {
    if (c.title) scan('title', c.title);
    const summary = archive.summaries.find((s) => s.caseId === c.id);
    if (!summary) continue;
    scan('thread', summary.commonThread);
    for (const theme of summary.themes) scan('themes', theme);
    scan('reflections', summary.reflections);
    for (const r of summary.requests) scan('requests', r.text);
  }
  return out;
}

export interface RecordsServiceOptions {
  vaults: VaultService;
  clock: Clock;
  whereabouts: () => Whereabouts | null;
  /** The case ids of the running session when it is `sessionId`, else null. */
  liveCaseIds: (sessionId: string) => string[] | null;
  retentionMonths: () => number;
  language: () => Lang;
}

export function createRecordsService(options: RecordsServiceOptions) {
  const { vaults, clock, whereabouts } = options;
  const pendingObservations: Observation[] = [];

  const withVault = async <T>(fn: (vault: Vault) => Promise<T>): Promise<Reply<T>> => {
    const vault = vaults.vault();
    if (!vault) return { ok: false, error: LOCKED };
    return { ok: true, value: await fn(vault) };
  };

  async function observationsOf(vault: Vault, sessionId: string): Promise<Observation[]> {
    return (await vault.get<Observation[]>(recordId('observations', sessionId)))?.data ?? [];
  }

  async function saveObservations(vault: Vault, items: Observation[]) {
    const bySession = Map.groupBy(items, (o) => o.sessionId);
    for (const [sessionId, added] of bySession) {
      const existing = await observationsOf(vault, sessionId);
      await vault.put(recordId('observations', sessionId), 'observations', [...existing, ...added], sessionGroup(sessionId));
    }
  }

  /**
   * Every record of a session has an id computed from the session, its cases and the steps, so a
   * session's records are fetched by id: cost grows with the session, not with the whole vault.
   */
  async function caseIdsOf(vault: Vault, sessionId: string): Promise<string[]> {
    const live = options.liveCaseIds(sessionId);
    if (live) return live;
    const history = await vault.get<HistoryRecord>(recordId('history', sessionId));
    return history?.data.persisted.context.cases.map((c) => c.id) ?? [];
  }

  const noteIds = (sessionId: string, caseIds: string[]) =>
    [null, ...caseIds].flatMap((caseId) => [null, ...ALL_STEP_IDS].map((stepId) => recordId('note', sessionId, caseId, stepId)));
  const summaryIds = (sessionId: string, caseIds: string[]) => caseIds.map((caseId) => recordId('summary', sessionId, caseId));

  async function getAll<T>(vault: Vault, ids: string[]): Promise<T[]> {
    const records = await Promise.all(ids.map((id) => vault.get<T>(id)));
    return records.flatMap((r) => (r ? [r.data] : []));
  }

  async function notesOf(vault: Vault, sessionId: string): Promise<Note[]> {
    return getAll<Note>(vault, noteIds(sessionId, await caseIdsOf(vault, sessionId)));
  }

  async function summariesOf(vault: Vault, sessionId: string): Promise<CaseSummary[]> {
    return getAll<CaseSummary>(vault, summaryIds(sessionId, await caseIdsOf(vault, sessionId)));
  }

  async function archiveOf(vault: Vault, sessionId: string): Promise<SessionArchive | null> {
    const history = await vault.get<HistoryRecord>(recordId('history', sessionId));
    if (!history) return null;
    const { persisted } = history.data;
    const at = persisted.context.endedAt ?? persisted.savedAt;
    const view = supervisorView(archivedState(persisted), at);
    const caseIds = persisted.context.cases.map((c) => c.id);
    const [notes, summaries, observations] = await Promise.all([
      getAll<Note>(vault, noteIds(sessionId, caseIds)),
      getAll<CaseSummary>(vault, summaryIds(sessionId, caseIds)),
      observationsOf(vault, sessionId),
    ]);
    return { sessionId, view, notes, observations, summaries };
  }

  // The index is read-modify-written; one change at a time so none is lost.
  let indexQueue: Promise<unknown> = Promise.resolve();
  function changeIndex<T>(vault: Vault, change: (index: HistoryIndex) => T): Promise<T> {
    const run = indexQueue.then(async () => {
      const index = await readIndex(vault);
      const result = change(index);
      await vault.put(INDEX_ID, 'history-index', index);
      return result;
    });
    indexQueue = run.catch(() => undefined);
    return run;
  }

  /** The index, rebuilt from the history records when it is missing (new vault, or set aside as damaged). */
  async function readIndex(vault: Vault): Promise<HistoryIndex> {
    const stored = await vault.get<HistoryIndex>(INDEX_ID);
    if (stored) return stored.data;
    const entries = (await vault.list('history')).map((r) => (r.data as HistoryRecord).entry);
    return { entries, lastFullSweepAt: 0 };
  }

  /**
   * Destroys the session's key first (its records can then never be opened again, whatever copy
   * of their files is left), then removes its files — also those of a version-1 vault not yet
   * rewritten, by their ids.
   */
  async function deleteSession(vault: Vault, sessionId: string) {
    const caseIds = await caseIdsOf(vault, sessionId);
    await vault.deleteGroup(sessionGroup(sessionId));
    const ids = [
      ...noteIds(sessionId, caseIds),
      ...summaryIds(sessionId, caseIds),
      recordId('observations', sessionId),
      recordId('session-content', sessionId),
      recordId('history', sessionId),
    ];
    for (const id of ids) await vault.delete(id);
  }

  async function archiveInto(vault: Vault, persisted: PersistedSession) {
    const ctx = persisted.context;
    const titleOf = (proposalId: string) => ctx.proposals.find((p) => p.id === proposalId)?.title ?? '';
    const entry: HistoryEntry = {
      sessionId: ctx.id,
      date: ctx.startedAt ?? ctx.createdAt,
      endedAt: ctx.endedAt,
      caseTitles: ctx.cases.map((c) => titleOf(c.proposalId)),
      plannedMs: sessionTiming(phaseOf(persisted.value), ctx, persisted.savedAt).plannedMs,
      actualMs: ctx.startedAt === null ? 0 : (ctx.endedAt ?? persisted.savedAt) - ctx.startedAt,
    };
    await vault.put(recordId('history', ctx.id), 'history', { entry, persisted } satisfies HistoryRecord, sessionGroup(ctx.id));
    await changeIndex(vault, (index) => {
      index.entries = [...index.entries.filter((e) => e.sessionId !== entry.sessionId), entry];
    });
  }

  const content: ContentStore = {
    canStore: () => vaults.vault() !== null,
    async save(typed: SessionContent) {
      const vault = vaults.vault();
      if (vault) await vault.put(recordId('session-content', typed.sessionId), 'session-content', typed, sessionGroup(typed.sessionId));
    },
    async load(sessionId: string) {
      const vault = vaults.vault();
      return (await vault?.get<SessionContent>(recordId('session-content', sessionId)))?.data;
    },
  };

  const handlers: Pick<
    Handlers,
    | 'notes.save'
    | 'notes.list'
    | 'observations.add'
    | 'observations.list'
    | 'summary.save'
    | 'summary.list'
    | 'summary.export'
    | 'summary.exportCheck'
    | 'history.list'
    | 'history.open'
    | 'history.delete'
  > = {
    'notes.save': async (req) => {
      const where = whereabouts();
      if (!where) return { ok: false, error: NO_SESSION };
      return withVault(async (vault) => {
        const note: Note = { sessionId: where.sessionId, caseId: req.caseId, stepId: req.stepId, text: req.text, updatedAt: clock.now() };
        await vault.put(recordId('note', where.sessionId, req.caseId, req.stepId), 'note', note, sessionGroup(where.sessionId));
        return { updatedAt: note.updatedAt };
      });
    },
    'notes.list': (req) => withVault((vault) => notesOf(vault, req.sessionId)),
    'observations.add': async (req, call) => {
      const where = whereabouts();
      if (!where) return { ok: false, error: NO_SESSION };
      const observation: Observation = {
        id: randomUUID(),
        sessionId: where.sessionId,
        caseId: where.caseId,
        stepId: where.stepId,
        tag: req.tag,
        text: req.text.trim(),
        at: clock.now(),
        by: call.role === 'timekeeper' ? 'timekeeper' : 'supervisor',
      };
      const vault = vaults.vault();
      if (vault) await saveObservations(vault, [observation]);
      else pendingObservations.push(observation); // kept in memory until the vault opens again
      return { ok: true, value: observation };
    },
    'observations.list': async (req) => {
      const waiting = pendingObservations.filter((o) => o.sessionId === req.sessionId);
      const vault = vaults.vault();
      if (!vault) return { ok: true, value: waiting };
      return { ok: true, value: [...(await observationsOf(vault, req.sessionId)), ...waiting] };
    },
    'summary.save': (req) =>
      withVault(async (vault) => {
        const summary: CaseSummary = { ...req, updatedAt: clock.now() };
        await vault.put(recordId('summary', req.sessionId, req.caseId), 'summary', summary, sessionGroup(req.sessionId));
        return summary;
      }),
    'summary.list': (req) => withVault((vault) => summariesOf(vault, req.sessionId)),
    'summary.export': async (req) => {
      const vault = vaults.vault();
      if (!vault) return { ok: false, error: LOCKED };
      const archive = await archiveOf(vault, req.sessionId);
      if (!archive) return { ok: false, error: NOT_FOUND };
      const lang = options.language();
      const day = new Date(archive.view.timing.plannedStartAt).toISOString().slice(0, 10);
      const { renderHtml, renderMarkdown } = await summaryRender();
      const result: ExportResult =
        req.format === 'markdown'
          ? { fileName: `kring-${day}.md`, content: renderMarkdown(archive, req.caseId, lang), savedTo: null }
          : { fileName: `kring-${day}.html`, content: renderHtml(archive, req.caseId, lang), savedTo: null };
      return { ok: true, value: result };
    },
    'summary.exportCheck': async (req) => {
      const vault = vaults.vault();
      if (!vault) return { ok: false, error: LOCKED };
      const archive = await archiveOf(vault, req.sessionId);
      if (!archive) return { ok: false, error: NOT_FOUND };
      return { ok: true, value: await exportFindings(archive, req.caseId) };
    },
    'history.list': (req) =>
      withVault(async (vault) => {
        const query = req.query.trim().toLocaleLowerCase('nl');
        const { entries } = await readIndex(vault);
        const matches = query
          ? entries.filter((e) => e.caseTitles.some((t) => t.toLocaleLowerCase('nl').includes(query)) || dateTexts(e.date, options.language()).some((d) => d.includes(query)))
          : entries;
        return [...matches].sort((a, b) => b.date - a.date);
      }),
    'history.open': async (req) => {
      const vault = vaults.vault();
      if (!vault) return { ok: false, error: LOCKED };
      const archive = await archiveOf(vault, req.sessionId);
      return archive ? { ok: true, value: archive } : { ok: false, error: NOT_FOUND };
    },
    'history.delete': (req) =>
      withVault(async (vault) => {
        await deleteSession(vault, req.sessionId);
        await changeIndex(vault, (index) => {
          index.entries = index.entries.filter((e) => e.sessionId !== req.sessionId);
        });
        return null;
      }),
  };

  return {
    content,
    handlers,
    /** A session as kept in the history (names and titles joined back); null when not (or no longer) there. */
    async historyOf(sessionId: string): Promise<PersistedSession | null> {
      const vault = vaults.vault();
      return (await vault?.get<HistoryRecord>(recordId('history', sessionId)))?.data.persisted ?? null;
    },
    async summariesOf(sessionId: string): Promise<CaseSummary[]> {
      const vault = vaults.vault();
      return vault ? summariesOf(vault, sessionId) : [];
    },
    /**
     * Keep the session (names and titles joined back) in the history, at every phase change and at
     * every unlock. A lock halfway is no loss: the next unlock writes it again.
     */
    async archive(persisted: PersistedSession) {
      const vault = vaults.vault();
      if (!vault) return;
      try {
        await archiveInto(vault, persisted);
      } catch (error) {
        if (!(error instanceof VaultLockedError)) throw error;
      }
    },
    /**
     * After unlock: save what was tapped while locked, and delete what is past retention — by the
     * index at every unlock, and with a full sweep of every record (orphans too) once a week.
     */
    async onUnlocked() {
      const vault = vaults.vault();
      if (!vault) return;
      // A vault written before issue 14: every record moves under its session's own key, once.
      if (vault.hasLegacyRecords) await vault.migrateLegacy(groupOfRecord);
      if (pendingObservations.length > 0) await saveObservations(vault, pendingObservations.splice(0));
      const now = clock.now();
      const cutoff = subMonths(now, options.retentionMonths()).getTime();
      await vault.purgeSetAside(cutoff);
      const { entries, lastFullSweepAt } = await readIndex(vault);
      const expired = entries.filter((e) => (e.endedAt ?? e.date) < cutoff && !options.liveCaseIds(e.sessionId));
      for (const e of expired) await deleteSession(vault, e.sessionId);
      const sweep = now - lastFullSweepAt > FULL_SWEEP_EVERY_MS;
      if (sweep) {
        await purgeExpired(vault, { now, retentionMonths: options.retentionMonths(), kinds: RECORD_KINDS.filter((k) => k !== 'history-index') });
        // A session whose every record expired one by one: destroy its key too.
        const live = whereabouts()?.sessionId;
        await vault.shredUnusedGroups((group) => group === 'vault' || (live !== undefined && group === sessionGroup(live)));
      }
      if (expired.length > 0 || sweep) {
        const gone = new Set(expired.map((e) => e.sessionId));
        await changeIndex(vault, (index) => {
          index.entries = index.entries.filter((e) => !gone.has(e.sessionId));
          if (sweep) index.lastFullSweepAt = now;
        });
      }
    },
  };
}

export type RecordsService = ReturnType<typeof createRecordsService>;
