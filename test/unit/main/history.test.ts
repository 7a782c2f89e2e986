/**
 * The history as a supervisor uses it: past sessions listed, searched, opened with their notes and
 * summaries, deleted for real, and gone after the retention period — without reading the whole vault.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import { Vault } from '../../../electron/main/vault/index.ts';
import type { HistoryEntry, Note, Reply, SessionArchive } from '../../../shared/ipc/index.ts';
import type { SupervisorView } from '../../../shared/session/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { FakeClock, MIN } from './fake-clock.ts';

const DAY = 24 * 60 * MIN;
let dataDir: string;
let clock: FakeClock;
let services: AppServices;

const value = <T>(reply: Reply<unknown>): T => {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code}`);
  return reply.value as T;
};
const sup = (channel: string, req: unknown = {}) => dispatchAimed(services)('supervisor', channel, req);
const PASSPHRASE = 'lange zin voor de geschiedenis';

/** Time passes; the idle lock may have closed the vault, so the supervisor unlocks again. */
async function later(ms: number) {
  clock.advance(ms);
  if (services.vaults.state() === 'locked') value(await sup('vault.unlock', { passphrase: PASSPHRASE }));
}
const command = async (cmd: object) => value(await sup('session.command', cmd));

async function runSession(title: string, note: string): Promise<string> {
  value(await sup('session.begin', { replace: true }));
  await command({ type: 'ADD_PARTICIPANT', id: '', name: 'Anna' });
  await command({ type: 'CONFIRM_PLAN' });
  await command({ type: 'FINISH_OPENING' });
  await command({ type: 'ADD_PROPOSAL', id: '', title, presenterId: null, criteria: [] });
  const view = value<SupervisorView>(await sup('session.view'));
  await command({ type: 'CHOOSE_PROPOSAL', id: view.proposals[0]!.id, caseId: '' });
  await command({ type: 'START' });
  const caseId = value<SupervisorView>(await sup('session.view')).cases[0]!.id;
  value(await sup('notes.save', { caseId, stepId: 'inbreng', text: note }));
  value(await sup('summary.save', { sessionId: view.sessionId, caseId, commonThread: `Rode draad: ${title}`, themes: ['machteloosheid'], reflections: '', requests: [] }));
  for (let i = 0; i < 6; i++) {
    await later(5 * MIN);
    await command({ type: 'NEXT' });
  }
  await command({ type: 'CLOSE_SESSION' });
  await command({ type: 'FINISH_SESSION' });
  await services.flush();
  await new Promise((r) => setTimeout(r, 20)); // the history is written after each phase change
  return view.sessionId;
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-history-'));
  clock = new FakeClock();
  let stored: unknown;
  services = await createAppServices({
    dataDir,
    clock,
    transport: 'websocket',
    kdf: { N: 2 ** 10, r: 8, p: 1 },
    settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) },
  });
  value(await sup('vault.create', { passphrase: PASSPHRASE }));
});

afterEach(async () => {
  await services.flush();
  services.dispose();
  vi.restoreAllMocks();
  await rm(dataDir, { recursive: true, force: true });
});

describe('history', () => {
  it('lists past sessions newest first, finds them by title, and opens one with its notes and summary', async () => {
    const first = await runSession('Een bevalling die anders liep', 'Eerste notitie');
    await later(7 * DAY);
    const second = await runSession('Moeilijk contact met een moeder', 'Tweede notitie');

    const all = value<HistoryEntry[]>(await sup('history.list', { query: '' }));
    expect(all.map((e) => e.sessionId)).toEqual([second, first]);
    const found = value<HistoryEntry[]>(await sup('history.list', { query: 'BEVALLING' }));
    expect(found.map((e) => e.sessionId)).toEqual([first]);

    const archive = value<SessionArchive>(await sup('history.open', { sessionId: first }));
    expect(archive.notes.map((n: Note) => n.text)).toEqual(['Eerste notitie']);
    expect(archive.summaries[0]!.commonThread).toBe('Rode draad: Een bevalling die anders liep');
    expect(archive.view.cases[0]!.timing.actualMs).toBe(30 * MIN);
  });

  it('finds a session by its date as the chosen language writes it', async () => {
    const id = await runSession('Casus', 'Notitie');
    const date = value<HistoryEntry[]>(await sup('history.list', { query: '' }))[0]!.date;
    const d = new Date(date);
    const dd = String(d.getDate()).padStart(2, '0');
    const mm = String(d.getMonth() + 1).padStart(2, '0');
    const month = new Intl.DateTimeFormat('nl-BE', { month: 'long' }).format(d);
    expect(value<HistoryEntry[]>(await sup('history.list', { query: `${dd}/${mm}/${d.getFullYear()}` })).map((e) => e.sessionId)).toEqual([id]);
    expect(value<HistoryEntry[]>(await sup('history.list', { query: `${d.getDate()} ${month}` })).map((e) => e.sessionId)).toEqual([id]);
    value(await sup('settings.set', { language: 'nl-NL' }));
    expect(value<HistoryEntry[]>(await sup('history.list', { query: `${dd}-${mm}-${d.getFullYear()}` })).map((e) => e.sessionId)).toEqual([id]);
    expect(value<HistoryEntry[]>(await sup('history.list', { query: '31-12-1999' }))).toEqual([]);
  });

  it('lists and opens without decrypting the whole vault', async () => {
    const id = await runSession('Casus', 'Notitie');
    const list = vi.spyOn(Vault.prototype, 'list');
    value(await sup('history.list', { query: '' }));
    value(await sup('history.open', { sessionId: id }));
    value(await sup('notes.list', { sessionId: id }));
    expect(list).not.toHaveBeenCalled();
  });

  it('deletes a session for real: gone from the list, and its notes cannot be opened', async () => {
    const keep = await runSession('Blijft', 'Blijvende notitie');
    const remove = await runSession('Weg ermee', 'Te wissen notitie');
    value(await sup('history.delete', { sessionId: remove }));
    expect(value<HistoryEntry[]>(await sup('history.list', { query: '' })).map((e) => e.sessionId)).toEqual([keep]);
    const reply = await sup('history.open', { sessionId: remove });
    expect(reply.ok ? null : reply.error.code).toBe('not-found');
    expect(value<Note[]>(await sup('notes.list', { sessionId: remove }))).toEqual([]);
  });

  it('deletes sessions past the retention period at the next unlock', async () => {
    const old = await runSession('Oude casus', 'Oude notitie');
    await later(400 * DAY);
    const recent = await runSession('Nieuwe casus', 'Nieuwe notitie');
    value(await sup('vault.lock'));
    value(await sup('vault.unlock', { passphrase: PASSPHRASE }));
    await vi.waitFor(async () => {
      expect(value<HistoryEntry[]>(await sup('history.list', { query: '' })).map((e) => e.sessionId)).toEqual([recent]);
    });
    expect(value<Note[]>(await sup('notes.list', { sessionId: old }))).toEqual([]);
  });
});
