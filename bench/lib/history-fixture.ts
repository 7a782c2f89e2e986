/**
 * Stored sessions for the history benchmark, written straight into a vault in the app's own record
 * format: each session is played through the real session machine (two cases, six steps each,
 * closed), then kept by the real records service — history record, typed names and titles, notes
 * for three steps per case, two case summaries, three observations — as the app would have.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRecordsService } from '../../electron/main/services/records-service.ts';
import type { Whereabouts } from '../../electron/main/services/records-service.ts';
import type { VaultService } from '../../electron/main/services/vault-service.ts';
import { createVault, unlockVault } from '../../electron/main/vault/index.ts';
import type { Vault } from '../../electron/main/vault/index.ts';
import type { StepId } from '../../shared/method/index.ts';
import { applyCommand, persistedForm, splitConfidential, startSession } from '../../shared/session/index.ts';
import type { PersistedSession } from '../../shared/session/index.ts';
import { PARTICIPANTS, PASSPHRASE, STEP_IDS } from './session-driver.ts';
import { noteText } from './note-text.ts';
import { aimAt } from '../../test/support/aim.ts';
import type { LooseCommand } from '../../test/support/aim.ts';
import type { SessionEvent } from '../../shared/session/index.ts';
import type { Clock } from '../../electron/main/services/clock.ts';

const MINUTE = 60_000;
const STEP_MINUTES = [5, 3, 7, 15, 7, 8];
const NOTE_STEPS: StepId[] = ['inbreng', 'vragen', 'uitwisseling'];

/** A closed two-case session that began at `startAt`, as the machine leaves it. */
export function playedSession(startAt: number): PersistedSession {
  let now = startAt;
  const actor = startSession(randomUUID(), now);
  const send = (event: Record<string, unknown>) => {
    const result = applyCommand(actor, { ...aimAt(event as LooseCommand, actor.getSnapshot().context.moves), now } as SessionEvent);
    if (!result.ok) throw new Error(`fixture: ${String(event.type)} refused (${result.refusal.code})`);
  };
  for (const name of PARTICIPANTS) send({ type: 'ADD_PARTICIPANT', id: randomUUID(), name });
  send({ type: 'CONFIRM_PLAN' });
  now += 10 * MINUTE;
  send({ type: 'FINISH_OPENING' });
  const proposals = [randomUUID(), randomUUID(), randomUUID()];
  ['Een moeilijk gesprek met een collega', 'Grenzen bewaken bij een cliënt', 'Twijfel over een besluit'].forEach((title, i) =>
    send({ type: 'ADD_PROPOSAL', id: proposals[i], title, presenterId: null, criteria: [] }),
  );
  for (let c = 0; c < 2; c++) {
    send({ type: 'CHOOSE_PROPOSAL', id: proposals[c], caseId: randomUUID() });
    send({ type: 'START' });
    for (const minutes of STEP_MINUTES) {
      now += minutes * MINUTE + Math.round(Math.random() * 60_000);
      send({ type: 'NEXT' });
    }
    if (c === 0) send({ type: 'NEXT_CASE' });
  }
  send({ type: 'CLOSE_SESSION' });
  now += 5 * MINUTE;
  send({ type: 'FINISH_SESSION' });
  const persisted = persistedForm(actor, now);
  actor.stop();
  return persisted;
}

/** The index record's id (records-service.ts: a hash of what the record holds a place for). */
const INDEX_ID = createHash('sha256').update('history-index').digest('base64url').slice(0, 43);

/**
 * The vault as the records service sees it, except that the history index is kept in memory and
 * written once at the end (`flush`): filling thousands of sessions would otherwise re-encrypt a
 * growing index after each one. The stored index is the same the app would have written.
 */
function indexInMemory(vault: Vault): { vault: Vault; flush(): Promise<void> } {
  let index: { entries: unknown[]; lastFullSweepAt: number } | null = null;
  const proxy = new Proxy(vault, {
    get(target, prop) {
      if (prop === 'get')
        return async (id: string) => {
          if (id !== INDEX_ID) return target.get(id);
          if (index) return { id, kind: 'history-index', data: index };
          return target.get(id);
        };
      if (prop === 'put')
        return async (id: string, kind: string, data: unknown) => {
          if (id === INDEX_ID) index = data as typeof index;
          else await target.put(id, kind as never, data);
        };
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    vault: proxy,
    // A vault in weekly use has had its full retention sweep recently.
    flush: async () => {
      if (index) await vault.put(INDEX_ID, 'history-index', { ...index, lastFullSweepAt: Date.now() });
    },
  };
}

/**
 * Keeps sessions in `vault` through the records service's own handlers and formats. A `light`
 * session is only archived (its history record and index entry: what the history list shows),
 * without notes, summaries and observations — to fill thousands of sessions in seconds.
 */
async function keepSession(vault: Vault, persisted: PersistedSession, light = false): Promise<void> {
  let where: Whereabouts | null = null;
  const vaults = { vault: () => vault } as unknown as VaultService;
  const records = createRecordsService({ vaults, clock: { now: () => persisted.savedAt } as unknown as Clock, whereabouts: () => where, liveCaseIds: () => null, retentionMonths: () => 12, language: () => 'nl-BE' });
  const ctx = persisted.context;
  const call = { role: 'supervisor' as const };
  await records.archive(persisted);
  if (light) return;
  await records.content.save(splitConfidential(ctx).content);
  for (const [i, theCase] of ctx.cases.entries()) {
    for (const stepId of NOTE_STEPS) {
      where = { sessionId: ctx.id, caseId: theCase.id, stepId };
      await records.handlers['notes.save']({ caseId: theCase.id, stepId, text: noteText(1_500, i) }, call);
    }
    await records.handlers['summary.save'](
      { sessionId: ctx.id, caseId: theCase.id, commonThread: noteText(600, i), themes: ['grenzen', 'samenwerking'], reflections: noteText(600, i + 1), requests: [] },
      call,
    );
  }
  where = { sessionId: ctx.id, caseId: ctx.cases[1]!.id, stepId: STEP_IDS[3]! };
  for (const tag of ['advice', 'judgement', 'own-story'] as const) await records.handlers['observations.add']({ tag, text: '' }, call);
}

/**
 * Grows the vault in `vaultDir` to `total` stored sessions (creating it with the real KDF when
 * absent), dated over the past eleven months. Sessions from `fullUpTo` on are light (see
 * keepSession). One writer: parallel handles only contend here.
 */
export async function populateHistory(vaultDir: string, from: number, total: number, writers = 1, fullUpTo = Number.POSITIVE_INFINITY): Promise<void> {
  if (from === 0) (await createVault(vaultDir, PASSPHRASE)).lock();
  const opened = await Promise.all(Array.from({ length: writers }, () => unlockVault(vaultDir, PASSPHRASE)));
  const inMemory = writers === 1 ? indexInMemory(opened[0]!) : null;
  const handles = inMemory ? [inMemory.vault] : opened;
  const spanMs = 330 * 24 * 60 * MINUTE;
  const now = Date.now();
  let next = from;
  await Promise.all(
    handles.map(async (vault) => {
      while (next < total) {
        const index = next++;
        await keepSession(vault, playedSession(now - spanMs + Math.round(((index % 1000) / 1000) * spanMs) - 5 * 60 * MINUTE + Math.floor(index / 1000) * MINUTE), index >= fullUpTo);
      }
    }),
  );
  await inMemory?.flush();
  opened.forEach((v) => v.lock());
}
