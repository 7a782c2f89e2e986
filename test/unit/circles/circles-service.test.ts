/**
 * Circles through the real main-side services: kept encrypted in the vault, a session begun
 * with one is filled in, its requests come back at the next session's opening, and the rotation
 * comes from the history. Only the supervisor may ask for any of it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { KdfCost } from '../../../electron/main/vault/index.ts';
import type { Circle, CircleBrief, SavedTemplate } from '../../../shared/circles/types.ts';
import type { Reply } from '../../../shared/ipc/index.ts';
import type { SupervisorView } from '../../../shared/session/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { FakeClock, MIN } from '../main/fake-clock.ts';

const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'koffie bij de kring om negen';
const CIRCLE_NAME = 'Kring Vroedvrouwen Oostkust';
const PEOPLE = ['Anna Verhulst', 'Bram Claes', 'Chloë Peeters', 'Dries Maes'];

let dataDir: string;
let clock: FakeClock;
let running: AppServices[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-circles-'));
  clock = new FakeClock();
});

afterEach(async () => {
  for (const services of running) {
    await services.flush();
    services.dispose();
  }
  running = [];
  await new Promise((r) => setTimeout(r, 50));
  await rm(dataDir, { recursive: true, force: true });
});

async function start(): Promise<AppServices> {
  let stored: unknown;
  const services = await createAppServices({ dataDir, clock, settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) }, transport: 'websocket', kdf: CHEAP_KDF });
  running.push(services);
  return services;
}

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message.en}`);
  return reply.value as T;
}

async function allBytes(dir: string): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await allBytes(path)));
    else out.push(await readFile(path));
  }
  return out;
}

const draft = (over: Partial<Circle> = {}) => ({
  id: null,
  name: CIRCLE_NAME,
  participants: PEOPLE,
  supervisorName: 'Sofie',
  secondFacilitatorName: 'Tom',
  agreements: ['We starten stipt om negen'],
  methodId: 'intervisie',
  templateId: 'short-30',
  stepMinutes: { uitwisseling: 12 },
  ...over,
});

/** One session of the circle: the case of `presenter`, with a request voiced in step 6. */
async function runSession(services: AppServices, circleId: string, presenter: string, request: { from: string; to: string; text: string } | null) {
  const d = dispatchAimed(services);
  value(await d('supervisor', 'circles.begin', { id: circleId, replace: true }));
  let view = value<SupervisorView>(await d('supervisor', 'session.view'));
  value(await d('supervisor', 'session.command', { type: 'CONFIRM_PLAN' }));
  value(await d('supervisor', 'session.command', { type: 'FINISH_OPENING' }));
  const presenterId = view.plan.participants.find((p) => p.name === presenter)!.id;
  value(await d('supervisor', 'session.command', { type: 'ADD_PROPOSAL', id: 'x', title: 'Een zware nacht', presenterId, criteria: [] }));
  view = value<SupervisorView>(await d('supervisor', 'session.view'));
  value(await d('supervisor', 'session.command', { type: 'CHOOSE_PROPOSAL', id: view.proposals[0]!.id, caseId: 'x' }));
  view = value<SupervisorView>(await d('supervisor', 'session.view'));
  const caseId = view.cases[0]!.id;
  if (request) value(await d('supervisor', 'summary.save', { sessionId: view.sessionId, caseId, commonThread: '', themes: [], reflections: '', requests: [request] }));
  value(await d('supervisor', 'session.command', { type: 'START' }));
  for (let i = 0; i < 6; i++) {
    clock.advance(MIN);
    value(await d('supervisor', 'session.command', { type: 'NEXT' }));
  }
  value(await d('supervisor', 'session.command', { type: 'CLOSE_SESSION' }));
  value(await d('supervisor', 'session.command', { type: 'FINISH_SESSION' }));
  await services.flush();
  clock.advance(30 * 24 * 60 * MIN); // a month later (the vault locked itself meanwhile)
  if (services.vaults.state() === 'locked') value(await d('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
  await new Promise((r) => setTimeout(r, 50));
  return view.sessionId;
}

describe('circles in the vault', () => {
  it('round-trip encrypted: saved, listed after a restart, never readable on disk', async () => {
    let services = await start();
    const d = dispatchAimed(services);
    value(await d('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
    const saved = value<Circle>(await d('supervisor', 'circles.save', draft()));
    expect(saved).toMatchObject({ name: CIRCLE_NAME, participants: PEOPLE, agreements: ['We starten stipt om negen'], stepMinutes: { uitwisseling: 12 } });
    value(await d('supervisor', 'templates.save', { name: 'Lange uitwisseling', methodId: 'intervisie', minutes: { uitwisseling: 20 } }));
    // bad input: a clear refusal, nothing changed
    const empty = await d('supervisor', 'circles.save', draft({ name: '  ' }));
    expect(!empty.ok && empty.error.message.nl).toMatch(/naam/);
    const twice = await d('supervisor', 'circles.save', draft({ participants: ['Anna', 'anna '] }));
    expect(!twice.ok && twice.error.code).toBe('duplicate-name');
    await services.flush();

    for (const bytes of await allBytes(dataDir)) {
      expect(bytes.includes(Buffer.from(CIRCLE_NAME))).toBe(false);
      expect(bytes.includes(Buffer.from('Verhulst'))).toBe(false);
      expect(bytes.includes(Buffer.from('Lange uitwisseling'))).toBe(false);
    }

    services.dispose();
    running = [];
    services = await start();
    const e = dispatchAimed(services);
    const locked = await e('supervisor', 'circles.list');
    expect(!locked.ok && locked.error.code).toBe('locked');
    value(await e('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
    const listed = value<Circle[]>(await e('supervisor', 'circles.list'));
    expect(listed).toEqual([saved]);
    expect(value<SavedTemplate[]>(await e('supervisor', 'templates.list')).map((x) => x.name)).toEqual(['Lange uitwisseling']);
    // an edit keeps the id; a delete removes it
    const edited = value<Circle>(await e('supervisor', 'circles.save', draft({ id: saved.id, participants: [...PEOPLE, 'Eva Jacobs'] })));
    expect(edited.id).toBe(saved.id);
    expect(value<Circle[]>(await e('supervisor', 'circles.list'))[0]!.participants).toHaveLength(5);
    value(await e('supervisor', 'circles.delete', { id: saved.id }));
    expect(value<Circle[]>(await e('supervisor', 'circles.list'))).toEqual([]);
  });

  it('a session with the circle starts filled in; last time\'s requests come back in the opening and can be marked done', async () => {
    const services = await start();
    const d = dispatchAimed(services);
    value(await d('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
    const circle = value<Circle>(await d('supervisor', 'circles.save', draft()));

    const first = await runSession(services, circle.id, 'Anna Verhulst', { from: 'Anna Verhulst', to: 'de groep', text: 'Volgende keer terugkomen op de overdracht' });

    value(await d('supervisor', 'circles.begin', { id: circle.id, replace: false }));
    const view = value<SupervisorView>(await d('supervisor', 'session.view'));
    expect(view.sessionId).not.toBe(first);
    expect(view.phase).toBe('planning');
    expect(view.plan.participants.map((p) => p.name)).toEqual(PEOPLE);
    expect(view.plan).toMatchObject({ supervisorName: 'Sofie', secondFacilitatorName: 'Tom', templateId: 'short-30', stepMinutes: { uitwisseling: 12 } });
    // people can be left out for this session only
    const dries = view.plan.participants.find((p) => p.name === 'Dries Maes')!.id;
    value(await d('supervisor', 'session.command', { type: 'REMOVE_PARTICIPANT', id: dries }));
    expect(value<Circle[]>(await d('supervisor', 'circles.list'))[0]!.participants).toEqual(PEOPLE);

    // a running session is not replaced without asking; the circle is left as it was
    const again = await d('supervisor', 'circles.begin', { id: circle.id, replace: false });
    expect(!again.ok && again.error.code).toBe('session-active');
    expect(value<Circle[]>(await d('supervisor', 'circles.list'))[0]!.sessionIds).toEqual([first, view.sessionId]);

    const brief = value<CircleBrief>(await d('supervisor', 'circles.current'));
    expect(brief.name).toBe(CIRCLE_NAME);
    expect(brief.agreements).toEqual(['We starten stipt om negen']);
    expect(brief.requests.map((r) => [r.from, r.to, r.text, r.status])).toEqual([['Anna Verhulst', 'de groep', 'Volgende keer terugkomen op de overdracht', 'open']]);
    expect(brief.rotation.lines.find((l) => l.name === 'Anna Verhulst')).toMatchObject({ cases: 1, sessionsSince: 0 });
    expect(brief.rotation.notForAWhile).toEqual(['Bram Claes', 'Chloë Peeters', 'Dries Maes']);

    const after = value<CircleBrief>(await d('supervisor', 'circles.review', { requestId: brief.requests[0]!.id, status: 'done' }));
    expect(after.requests[0]!.status).toBe('done');
    // done: not offered the time after
    await runSession(services, circle.id, 'Bram Claes', null);
    value(await d('supervisor', 'circles.begin', { id: circle.id, replace: false }));
    const third = value<CircleBrief>(await d('supervisor', 'circles.current'));
    expect(third.requests).toEqual([]);
    expect(third.rotation.sessionsLooked).toBe(3);
    expect(third.rotation.lines.slice(0, 2).map((l) => l.name)).toEqual(['Chloë Peeters', 'Dries Maes']);
  });

  it('a request older than the retention period is gone after the next unlock', async () => {
    const services = await start();
    const d = dispatchAimed(services);
    value(await d('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
    const circle = value<Circle>(await d('supervisor', 'circles.save', draft()));
    await runSession(services, circle.id, 'Anna Verhulst', { from: 'Anna Verhulst', to: 'Bram Claes', text: 'Samen een dienst doorlopen' });
    value(await d('supervisor', 'circles.begin', { id: circle.id, replace: false }));
    expect(value<CircleBrief>(await d('supervisor', 'circles.current')).requests).toHaveLength(1);
    clock.advance(13 * 31 * 24 * 60 * MIN); // past the 12 months
    if (services.vaults.state() === 'unlocked') value(await d('supervisor', 'vault.lock'));
    value(await d('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
    await new Promise((r) => setTimeout(r, 200));
    expect(value<Circle[]>(await d('supervisor', 'circles.list'))[0]!.requests).toEqual([]);
  });

  it('switching method while planning begins a session of the other method and keeps the plan typed so far', async () => {
    const services = await start();
    const d = dispatchAimed(services);
    value(await d('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
    value(await d('supervisor', 'session.begin', { replace: false }));
    value(await d('supervisor', 'session.command', { type: 'ADD_PARTICIPANT', id: 'x', name: 'Anna' }));
    value(await d('supervisor', 'session.command', { type: 'SET_FACILITATOR', role: 'second', name: 'Tom' }));
    value(await d('supervisor', 'session.command', { type: 'SET_SCHEDULE', field: 'plannedCases', value: 1 }));
    const before = value<SupervisorView>(await d('supervisor', 'session.view'));
    value(await d('supervisor', 'session.begin', { replace: true, methodId: 'debriefing' }));
    const after = value<SupervisorView>(await d('supervisor', 'session.view'));
    expect(after.sessionId).not.toBe(before.sessionId);
    expect(after.methodId).toBe('debriefing');
    expect(after.plan).toMatchObject({ participants: [{ name: 'Anna' }], secondFacilitatorName: 'Tom', plannedCases: 1, templateId: 'debriefing-75' });
    expect(value<SupervisorView>(await d('timekeeper', 'session.view')).methodId).toBe('debriefing');
  });

  it('only the supervisor is told about circles: the timekeeper and the circle display are refused', async () => {
    const services = await start();
    value(await services.dispatch('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
    for (const role of ['timekeeper', 'circle'] as const) {
      for (const channel of ['circles.current', 'circles.list'] as const) {
        const reply = await services.dispatch(role, channel, {});
        expect(reply.ok).toBe(false);
      }
    }
  });
});
