/**
 * Fault test: the IPC contract under fire. Thousands of seeded random and malformed payloads, on
 * every channel (and channels that do not exist), from every window role, straight into the real
 * services' dispatch: each gets a well-formed answer — a refusal with a Dutch and an English
 * message, or a plain ok for the few that happen to be valid — nothing throws, nothing pollutes
 * Object.prototype, and the running session is exactly as it was. Then a few hundred broken
 * frames against the real WebSocket transport in its own process: it stays up and still answers.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import { systemClock } from '../../../electron/main/services/clock.ts';
import type { SettingsBacking } from '../../../electron/main/services/settings-service.ts';
import type { KdfCost } from '../../../electron/main/vault/index.ts';
import { AGREEMENTS, DURATION_TEMPLATES, WARMUPS } from '../../../shared/method/index.ts';
import { CHANNELS, CONTRACT, WINDOW_ROLES } from '../../../shared/ipc/index.ts';
import type { Channel, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import { sessionCommandSchema } from '../../../shared/session/index.ts';
import type { SupervisorView } from '../../../shared/session/index.ts';
import { startKring } from '../../e2e/kring-process.ts';
import type { KringProcess } from '../../e2e/kring-process.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { faultSeed, seededRandom } from '../../support/seeded-random.ts';

const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'koffie bij de kring om negen';
const rng = seededRandom(faultSeed(5000));

// ── payloads ────────────────────────────────────────────────────────────────────────────────

const MEGABYTE = 'ä'.repeat(512 * 1024); // 1 MB of UTF-8
const deepArray = (depth: number) => {
  let v: unknown = 'bodem';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};
const deepObject = (depth: number) => {
  let v: unknown = { type: 'PAUSE' };
  for (let i = 0; i < depth; i++) v = { type: 'PAUSE', inner: v };
  return v;
};
/** Objects with an own `__proto__` / `constructor` key, the way JSON.parse makes them. */
const POLLUTERS: (() => unknown)[] = [
  () => JSON.parse('{"__proto__": {"polluted": "ja"}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "ja"}}}'),
  () => JSON.parse('{"__proto__": {"polluted": "ja"}, "type": "PAUSE"}'),
  () => JSON.parse('{"type": "ADD_PARTICIPANT", "id": "x", "name": "Iemand", "__proto__": {"polluted": "ja"}}'),
  () => JSON.parse('{"type": "EXTEND", "ms": 60000, "constructor": {"prototype": {"polluted": "ja"}}}'),
  () => JSON.parse('{"sessionId": "s", "__proto__": {"isAdmin": true}}'),
  () => JSON.parse('{"warningMinutes": {"__proto__": {"polluted": 1}}}'),
  () => JSON.parse('{"requests": [{"__proto__": {"polluted": 1}, "from": "a", "to": "b", "text": "c"}]}'),
];

/** Values of every wrong kind for a field. */
function wrongValues(): unknown[] {
  return [
    undefined,
    null,
    0,
    -1,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    2 ** 53 + 2,
    1e308,
    '',
    ' ',
    'x'.repeat(rng.int(1, 50)),
    '\u0000\u202e\ud800',
    MEGABYTE,
    true,
    false,
    [],
    ['a', 1, null],
    {},
    { nested: { deeper: [1, 2, 3] } },
    deepArray(2_000),
    deepObject(500),
    rng.pick(POLLUTERS)(),
    new Date(0),
    randomJson(3),
  ];
}

const KEYS = ['__proto__', 'constructor', 'prototype', 'type', 'id', 'name', 'text', 'passphrase', 'sessionId', 'caseId', 'stepId', 'req', 'toString', 'valueOf', 'hasOwnProperty', 'now', 'ms'];

function randomJson(depth: number): unknown {
  const kind = rng.int(0, depth > 0 ? 7 : 4);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick([0, -1, 1, 1.5, 2 ** 31, -(2 ** 53), 1e-9, rng.int(-1e6, 1e6)]);
    case 3:
      return rng.chance(0.1) ? MEGABYTE : rng.word(0, 30);
    case 4:
      return rng.pick(['', 'inbreng', 'PAUSE', 'supervisor', '__proto__', 'null', '{}', '[]']);
    case 5:
      return Array.from({ length: rng.int(0, 5) }, () => randomJson(depth - 1));
    default: {
      const obj: Record<string, unknown> = {};
      for (let i = rng.int(0, 5); i > 0; i--) {
        // defineProperty: an own "__proto__" key, not a prototype change
        Object.defineProperty(obj, rng.chance(0.7) ? rng.pick(KEYS) : rng.word(), { value: randomJson(depth - 1), enumerable: true, writable: true, configurable: true });
      }
      return obj;
    }
  }
}

/** A valid-looking request per channel, to break one field at a time. */
const TEMPLATES: Record<Channel, Record<string, unknown>> = {
  'app.status': {},
  'session.view': {},
  'session.command': { type: 'PAUSE' },
  'session.begin': { replace: false },
  'session.endPractice': {},
  'vault.create': { passphrase: 'een nieuw wachtwoord' },
  'vault.unlock': { passphrase: 'niet het wachtwoord' },
  'vault.lock': {},
  'vault.changePassphrase': { current: 'niet het wachtwoord', next: 'een ander lang wachtwoord' },
  'vault.judgePassphrase': { passphrase: 'een ander lang wachtwoord' },
  'vault.activity': {},
  'notes.save': { caseId: null, stepId: 'inbreng', text: 'fuzz' },
  'notes.list': { sessionId: 's' },
  'observations.add': { tag: null, text: 'fuzz' },
  'observations.list': { sessionId: 's' },
  'summary.save': { sessionId: 's', caseId: 'c', commonThread: '', themes: [], reflections: '', requests: [{ from: 'a', to: 'b', text: 'c' }] },
  'summary.list': { sessionId: 's' },
  'summary.export': { sessionId: 's', caseId: null, format: 'markdown' },
  'summary.exportCheck': { sessionId: 's', caseId: null },
  'history.list': { query: '' },
  'history.open': { sessionId: 's' },
  'history.delete': { sessionId: 's' },
  'settings.get': {},
  'settings.set': { sound: true },
  'windows.open': { role: 'circle' },
  'windows.close': { role: 'circle' },
  'nudges.send': { preset: 'back-to-case', text: '' },
  'nudges.ack': { id: 'n-1' },
  'nudges.list': {},
  'display.get': {},
  'display.set': { blackout: false },
  'data.location': {},
  'data.backup': {},
  'data.restore': { passphrase: 'niet het wachtwoord' },
  'data.wipe': { confirm: 'wipe-everything' },
  'summary.pdf': { sessionId: 's', caseId: null },
  'circles.list': {},
  'circles.save': { id: null, name: 'Kring', participants: ['Anna'], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: {} },
  'circles.delete': { id: 'c' },
  'circles.begin': { id: 'c', replace: false },
  'circles.current': {},
  'circles.review': { requestId: 'r', status: 'done' },
  'templates.list': {},
  'templates.save': { name: 'Sjabloon', methodId: 'intervisie', minutes: { vragen: 8 } },
  'templates.delete': { id: 't' },
};

/** Plausible values for the fields of session events, by field name. */
const EVENT_FIELDS: Record<string, unknown> = {
  startsAt: null,
  id: 'p-1',
  name: 'Naam',
  role: 'second',
  field: 'openingMinutes',
  value: 15,
  atMove: 0,
  templateId: DURATION_TEMPLATES[0]!.id,
  plannedCases: 2,
  openingMinutes: 10,
  breakMinutes: 10,
  closingMinutes: 10,
  enabled: true,
  agreementId: AGREEMENTS[0]!.id,
  checked: true,
  warmupId: WARMUPS[0]!.id,
  minutes: 5,
  title: 'Titel',
  presenterId: null,
  criteria: [],
  caseId: 'c-1',
  stepId: 'vragen',
  ms: 60_000,
  deltaMs: 5_000,
};

/** Every session command type with its fields, read from the contract's own schema. */
const EVENTS = sessionCommandSchema.options.map((o) => {
  const keys = Object.keys(o.shape).filter((k) => k !== 'type');
  const type = (o.shape.type as unknown as { value: string }).value;
  return { type, fields: Object.fromEntries(keys.map((k) => [k, type === 'CHOOSE_PROPOSAL' && k === 'minutes' ? {} : EVENT_FIELDS[k]])) };
});

/** Break one field at a time, drop it, add a stranger, or replace the whole thing. */
function mutations(template: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const key of Object.keys(template)) {
    for (const wrong of wrongValues()) out.push({ ...template, [key]: wrong });
    const { [key]: _dropped, ...rest } = template;
    out.push(rest);
  }
  for (const key of KEYS) {
    const extra = { ...template };
    Object.defineProperty(extra, key, { value: randomJson(2), enumerable: true, writable: true, configurable: true });
    out.push(extra);
  }
  out.push(null, undefined, 0, 'tekst', [], [template], true, MEGABYTE, deepArray(5_000), ...POLLUTERS.map((p) => p()));
  for (let i = 0; i < 15; i++) out.push(randomJson(4));
  return out;
}

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Would the edge accept this command's shape? (The host then stamps `now` and fresh ids.) */
function validSessionCommand(payload: unknown): boolean {
  return isPlainObject(payload) && sessionCommandSchema.safeParse(payload).success;
}

/** The session may only change through a valid command: those two channels get only broken ones. */
function mayChangeSession(channel: string, payload: unknown): boolean {
  if (channel === 'session.command') return validSessionCommand(payload);
  if (channel === 'session.begin') return CONTRACT['session.begin'].request.safeParse(payload).success;
  // A valid lock would close the vault for the rest of the run (no effect on the session, but less to fuzz).
  if (channel === 'vault.lock') return CONTRACT['vault.lock'].request.safeParse(payload).success;
  return false;
}

const RANDOM_CHANNELS: unknown[] = [
  '',
  'app',
  'app.status ',
  'APP.STATUS',
  'app.status\u0000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'notes.save.extra',
  '../notes.save',
  'session.command'.repeat(1_000),
  42,
  null,
  undefined,
  { channel: 'app.status' },
  ['app.status'],
];

function expectWellFormed(reply: Reply<unknown>, label: string) {
  expect(isPlainObject(reply), label).toBe(true);
  if (reply.ok) {
    expect('value' in reply, label).toBe(true);
    return;
  }
  expect(typeof reply.error.code, label).toBe('string');
  expect(reply.error.code.length, label).toBeGreaterThan(0);
  expect(reply.error.code, `${label}: no handler may fail inside`).not.toBe('internal');
  expect(reply.error.message.nl.length, label).toBeGreaterThan(10);
  expect(reply.error.message.en.length, label).toBeGreaterThan(10);
}

// ── in-process: every channel, every role ───────────────────────────────────────────────────

describe('random and malformed payloads on every channel, from every role', () => {
  let dataDir: string;
  let services: AppServices;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kring-fuzz-'));
    let stored: unknown;
    const settings: SettingsBacking = { read: () => stored, write: (v) => void (stored = structuredClone(v)) };
    services = await createAppServices({ dataDir, clock: systemClock, settings, transport: 'websocket', kdf: CHEAP_KDF, log: (l) => logs.push(l) });
  });

  afterAll(async () => {
    await services.flush();
    services.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses each with a clear error, throws nothing, pollutes nothing and leaves the session as it was', { timeout: 120_000 }, async () => {
    const ok = async (channel: string, req: unknown) => {
      const reply = await dispatchAimed(services)('supervisor', channel, req);
      expect(reply.ok, `${channel}: ${JSON.stringify(reply)}`).toBe(true);
      return reply.ok ? reply.value : undefined;
    };
    await ok('vault.create', { passphrase: PASSPHRASE });
    await ok('session.begin', { replace: false });
    await ok('session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'Anna Vermeulen' });
    await ok('session.command', { type: 'CONFIRM_PLAN' });
    await ok('session.command', { type: 'FINISH_OPENING' });
    await ok('session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: [] });
    const proposalId = services.host.state()!.context.proposals[0]!.id;
    await ok('session.command', { type: 'CHOOSE_PROPOSAL', id: proposalId, caseId: '' });
    await ok('session.command', { type: 'START' });
    await ok('notes.save', { caseId: null, stepId: 'samenvatting', text: 'Notitie van voor het vuur.' }); // a place no fuzz payload names
    const view = (await ok('session.view', {})) as SupervisorView;
    expect(view.current?.timer.status).toBe('running');

    const before = JSON.stringify(services.host.state()!.context);
    const protoBefore = Object.getOwnPropertyNames(Object.prototype).sort();
    const arrayProtoBefore = Object.getOwnPropertyNames(Array.prototype).sort();

    let sent = 0;
    let accepted = 0;
    const send = async (role: WindowRole, channel: unknown, req: unknown) => {
      const label = `${role} → ${String(channel).slice(0, 40)}`;
      let reply: Reply<unknown>;
      try {
        reply = await services.dispatch(role, channel, req);
      } catch (error) {
        throw new Error(`${label} threw: ${String(error)}`);
      }
      sent++;
      expectWellFormed(reply, label);
      const known = typeof channel === 'string' && (CHANNELS as string[]).includes(channel);
      if (!known) {
        expect(reply.ok ? 'ok' : reply.error.code, label).toBe('unknown-channel');
        return;
      }
      const rule = CONTRACT[channel as Channel];
      if (!rule.roles.includes(role)) {
        expect(reply.ok ? 'ok' : reply.error.code, label).toBe('not-allowed');
        return;
      }
      if (!rule.request.safeParse(req).success) {
        expect(reply.ok ? 'ok' : reply.error.code, label).toBe('invalid-request');
        return;
      }
      if (channel === 'session.command' || channel === 'session.begin') {
        expect(reply.ok, `${label} accepted a broken command: ${JSON.stringify(req)?.slice(0, 200)}`).toBe(false);
      }
      if (reply.ok) accepted++;
    };

    for (const role of WINDOW_ROLES) {
      for (const channel of CHANNELS) {
        const payloads = channel === 'session.command' ? EVENTS.flatMap((e) => mutations({ type: e.type, ...e.fields })) : mutations(TEMPLATES[channel]);
        for (const payload of payloads) {
          if (mayChangeSession(channel, payload)) continue;
          await send(role, channel, payload);
        }
      }
      for (const channel of RANDOM_CHANNELS) {
        for (let i = 0; i < 5; i++) await send(role, channel, randomJson(3));
        await send(role, channel, TEMPLATES['app.status']);
      }
      // Wrong types for `type` itself, and types that do not exist or are the host's own.
      for (const type of [...wrongValues(), 'CLOCK', 'CLOCK_JUMP', 'pause', 'DROP_TABLE', 'x'.repeat(41)]) {
        const payload = { type, ms: 60_000, deltaMs: 9e9 };
        if (!mayChangeSession('session.command', payload) || type === 'CLOCK' || type === 'CLOCK_JUMP') await send(role, 'session.command', payload);
      }
    }

    expect(sent).toBeGreaterThanOrEqual(5_000);
    expect(accepted, 'some valid payloads were among them (reads, a note, settings)').toBeGreaterThan(0);
    // Nothing polluted.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoBefore);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoBefore);
    // The session is exactly as it was, and still runs; the vault still open, the note still there.
    expect(JSON.stringify(services.host.state()!.context)).toBe(before);
    expect(services.host.status()).toBe('active');
    expect(services.vaults.state()).toBe('unlocked');
    const notes = await services.dispatch('supervisor', 'notes.list', { sessionId: view.sessionId });
    expect(notes.ok && (notes.value as { text: string }[]).some((n) => n.text === 'Notitie van voor het vuur.')).toBe(true);
    expect(logs.filter((l) => l.includes('internal error'))).toEqual([]);
  });
});

// ── the real transport in its own process ───────────────────────────────────────────────────

describe('broken frames on the real WebSocket transport', () => {
  let app: KringProcess;

  beforeAll(async () => {
    app = await startKring();
  }, 60_000);

  afterAll(async () => {
    await app?.stop();
  });

  const wsUrl = () => {
    const u = new URL(app.url('supervisor'));
    return `ws://${u.host}/kring?token=${u.searchParams.get('token')}`;
  };

  async function open(): Promise<{ ws: WebSocket; replies: Map<number, Reply<unknown>>; closed: Promise<number> }> {
    const ws = new WebSocket(wsUrl());
    const replies = new Map<number, Reply<unknown>>();
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; reply?: Reply<unknown> };
      if (typeof message.id === 'number' && message.reply) replies.set(message.id, message.reply);
    });
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return { ws, replies, closed };
  }

  async function roundTrip(ws: WebSocket, replies: Map<number, Reply<unknown>>, id: number, channel: string, req: unknown): Promise<Reply<unknown>> {
    ws.send(JSON.stringify({ id, channel, req }));
    const started = Date.now();
    while (!replies.has(id)) {
      if (Date.now() - started > 10_000) throw new Error(`no reply to ${id}`);
      if (ws.readyState !== WebSocket.OPEN) throw new Error(`connection closed before the reply to ${id}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return replies.get(id)!;
  }

  it('stays up through a few hundred broken frames and still answers', { timeout: 60_000 }, async () => {
    const { ws, replies, closed } = await open();
    let closedWith: number | null = null;
    void closed.then((code) => (closedWith = code));
    // Frames under the size limit (a bigger one closes the connection: tested on its own below).
    const frame = (value: unknown) => {
      const text = JSON.stringify(value);
      return text.length < 1_000_000 ? text : JSON.stringify({ te: 'groot', value: text.length });
    };
    const answerable = new Map<number, string>(); // id → what was sent
    let frames = 0;
    let id = 1_000;
    for (let i = 0; i < 320; i++) {
      const kind = i % 8;
      if (kind === 0) ws.send(rng.word(1, 200)); // not JSON
      else if (kind === 1) ws.send(rng.bytes(rng.int(1, 4_000))); // binary noise
      else if (kind === 2) ws.send(frame(randomJson(4))); // JSON, but no request
      else if (kind === 3) ws.send(JSON.stringify({ id: rng.pick(['7', -1.5, 2 ** 60, null, true, [], {}]), channel: 'app.status', req: {} })); // ids that are not ids
      else if (kind === 4) ws.send(`${'['.repeat(50_000)}${']'.repeat(50_000)}`); // too deep to parse
      else if (kind === 5) ws.send(`{"id": ${++id}, "channel": "app.status", "req": {"__proto__": {"polluted": 1}}}`);
      else if (kind === 6) {
        const channel = rng.pick([...CHANNELS, 'nope', '__proto__']);
        const request = { id: ++id, channel, req: randomJson(3) };
        // Only a request that goes out whole (under the size limit) can be answered.
        if (JSON.stringify(request).length < 1_000_000) answerable.set(id, channel);
        ws.send(frame(request));
      } else {
        answerable.set(++id, 'session.command');
        ws.send(JSON.stringify({ id, channel: 'session.command', req: { type: rng.pick(['CLOCK', 'CLOCK_JUMP', 'NOPE', '']), deltaMs: 1e12 } }));
      }
      frames++;
    }
    // Everything that carried a proper id got a proper answer; the broken command changed nothing.
    const check = await roundTrip(ws, replies, 1, 'app.status', {});
    expect(closedWith, 'the connection stayed open through it all').toBeNull();
    expect(check.ok).toBe(true);
    // Replies need not come in order (judging a passphrase loads dictionaries first): wait for the stragglers.
    for (let waited = 0; waited < 10_000 && [...answerable.keys()].some((sentId) => !replies.has(sentId)); waited += 20) {
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const sentId of answerable.keys()) {
      const reply = replies.get(sentId);
      expect(reply, `reply to ${sentId} (${answerable.get(sentId)})`).toBeDefined();
      expectWellFormed(reply!, `frame ${sentId}`);
    }
    expect(frames).toBeGreaterThanOrEqual(300);

    // A frame over the size limit closes that one connection (1009), not the server.
    const big = await open();
    big.ws.send(Buffer.alloc(3 * 1024 * 1024, 0x61));
    expect(await big.closed).toBe(1009);

    // The first connection is still served, and a new one too.
    expect((await roundTrip(ws, replies, 2, 'session.view', {})).ok).toBe(true);
    const fresh = await open();
    const status = await roundTrip(fresh.ws, fresh.replies, 1, 'app.status', {});
    expect(status.ok).toBe(true);
    ws.close();
    fresh.ws.close();
  });
});
