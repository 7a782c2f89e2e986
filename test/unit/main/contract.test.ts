import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../electron/main/services/dispatch.ts';
import type { CallContext, Handlers } from '../../../electron/main/services/dispatch.ts';
import { CHANNEL_NAMES, CHANNELS, CONTRACT, TEXT_LIMITS, WINDOW_ROLES } from '../../../shared/ipc/index.ts';
import type { Channel, Req, WindowRole } from '../../../shared/ipc/index.ts';

interface Call {
  channel: Channel;
  req: unknown;
  role: WindowRole;
}

/** Handlers that only record that they were called. */
function recording() {
  const calls: Call[] = [];
  const internalErrors: { channel: string; error: unknown }[] = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (req: unknown, call: CallContext) => {
        calls.push({ channel, req, role: call.role });
        return { ok: true, value: null };
      },
    ]),
  ) as unknown as Handlers;
  const dispatch = createDispatch(handlers, (channel, error) => internalErrors.push({ channel, error }));
  return { dispatch, calls, internalErrors, handlers };
}

const long = (n: number) => 'x'.repeat(n);
const COMMON_BAD: unknown[] = [null, undefined, [], [{}], 42, 'tekst', true];

/** Who may call what, written out by hand so a change to the contract's roles shows up here. */
const ALLOWED: Record<WindowRole, Channel[]> = {
  circle: ['app.status', 'session.view', 'settings.get', 'display.get'],
  timekeeper: [
    'app.status', 'session.view', 'settings.get', 'session.command', 'vault.activity', 'observations.add', 'observations.list',
    'nudges.send', 'nudges.list', 'display.get', 'display.set',
  ],
  // the supervisor sends no nudges: the line runs from the timekeeper to the supervisor
  supervisor: CHANNEL_NAMES.filter((c) => c !== 'nudges.send'),
};

const EMPTY_BAD = [...COMMON_BAD, { extra: 1 }, { replace: true }];

/** For every channel: one valid request, and requests that must be refused without reaching the handler. */
const CASES: { [C in Channel]: { valid: Req<C>; bad: unknown[] } } = {
  'app.status': { valid: {}, bad: EMPTY_BAD },
  'session.view': { valid: {}, bad: EMPTY_BAD },
  'session.command': {
    valid: { type: 'START', atMove: 3 },
    bad: [
      ...COMMON_BAD,
      {},
      { type: '' },
      { type: 5 },
      { type: null },
      { type: long(41) },
      { type: ['START'] },
      // a move without the move it was aimed at, or aimed nowhere
      { type: 'NEXT' },
      { type: 'NEXT', atMove: -1 },
      { type: 'NEXT', atMove: 1.5 },
      { type: 'NEXT', atMove: '3' },
      // main's own clock events are no window's business
      { type: 'CLOCK' },
      { type: 'CLOCK_JUMP', deltaMs: 600_000 },
      // an edit names one field; a whole pair of names is not a command
      { type: 'SET_FACILITATORS', supervisorName: 'A', secondFacilitatorName: 'B' },
      { type: 'START', atMove: 3, now: 0 },
    ],
  },
  'session.endPractice': { valid: {}, bad: EMPTY_BAD },
  'session.begin': {
    valid: { replace: false },
    bad: [...COMMON_BAD, {}, { replace: 'yes' }, { replace: 1 }, { replace: null }, { replace: true, extra: 1 }],
  },
  'vault.create': {
    valid: { passphrase: 'een lange zin van woorden' },
    bad: [...COMMON_BAD, {}, { passphrase: 12345678 }, { passphrase: long(TEXT_LIMITS.passphrase + 1) }, { passphrase: 'abcdefgh', extra: 1 }],
  },
  'vault.unlock': {
    valid: { passphrase: 'een lange zin van woorden' },
    bad: [...COMMON_BAD, {}, { passphrase: null }, { passphrase: long(TEXT_LIMITS.passphrase + 1) }, { passphrase: 'abc', remember: true }],
  },
  'vault.lock': { valid: {}, bad: EMPTY_BAD },
  'vault.changePassphrase': {
    valid: { current: 'oude zin van woorden', next: 'nieuwe zin van woorden' },
    bad: [
      ...COMMON_BAD,
      {},
      { current: 'oude zin' },
      { current: 1, next: 'nieuwe zin' },
      { current: 'oud', next: long(TEXT_LIMITS.passphrase + 1) },
      { current: 'oud', next: 'nieuw', extra: 1 },
    ],
  },
  'vault.judgePassphrase': {
    valid: { passphrase: 'vier losse woorden' },
    bad: [...COMMON_BAD, {}, { passphrase: 1 }, { passphrase: long(TEXT_LIMITS.passphrase + 1) }, { passphrase: 'x', extra: 1 }],
  },
  'vault.activity': { valid: {}, bad: EMPTY_BAD },
  'notes.save': {
    valid: { caseId: 'case-1', stepId: 'vragen', text: 'Een notitie.' },
    bad: [
      ...COMMON_BAD,
      {},
      { caseId: null, stepId: null },
      { caseId: null, stepId: 'stap-7', text: '' },
      { caseId: '', stepId: null, text: '' },
      { caseId: 7, stepId: null, text: '' },
      { caseId: null, stepId: null, text: long(TEXT_LIMITS.note + 1) },
      { caseId: long(101), stepId: null, text: '' },
      { caseId: null, stepId: null, text: '', sessionId: 's' },
    ],
  },
  'notes.list': {
    valid: { sessionId: 'session-1' },
    bad: [...COMMON_BAD, {}, { sessionId: '' }, { sessionId: 1 }, { sessionId: long(101) }, { sessionId: 's', all: true }],
  },
  'observations.add': {
    valid: { tag: 'advice', text: 'Gaf een advies in stap 3.' },
    bad: [
      ...COMMON_BAD,
      {},
      { tag: 'insult', text: '' },
      { tag: null, text: 5 },
      { tag: null, text: long(TEXT_LIMITS.observation + 1) },
      { tag: null, text: '', by: 'supervisor' },
    ],
  },
  'observations.list': {
    valid: { sessionId: 'session-1' },
    bad: [...COMMON_BAD, {}, { sessionId: null }, { sessionId: long(101) }, { sessionId: 's', extra: 1 }],
  },
  'summary.save': {
    valid: {
      sessionId: 'session-1',
      caseId: 'case-1',
      commonThread: 'Grenzen stellen',
      themes: ['grenzen'],
      reflections: 'Herkenbaar.',
      requests: [{ from: 'p1', to: 'p2', text: 'Wil je meekijken?' }],
    },
    bad: [
      ...COMMON_BAD,
      {},
      { sessionId: 's', caseId: 'c', commonThread: '', themes: 'grenzen', reflections: '', requests: [] },
      { sessionId: 's', caseId: 'c', commonThread: long(TEXT_LIMITS.summaryField + 1), themes: [], reflections: '', requests: [] },
      { sessionId: 's', caseId: 'c', commonThread: '', themes: [long(501)], reflections: '', requests: [] },
      { sessionId: 's', caseId: 'c', commonThread: '', themes: Array(51).fill('t'), reflections: '', requests: [] },
      { sessionId: 's', caseId: 'c', commonThread: '', themes: [], reflections: '', requests: [{ from: 'a', to: 'b', text: 'c', extra: 1 }] },
      { sessionId: 's', caseId: 'c', commonThread: '', themes: [], reflections: '', requests: [], updatedAt: 1 },
    ],
  },
  'summary.list': {
    valid: { sessionId: 'session-1' },
    bad: [...COMMON_BAD, {}, { sessionId: [] }, { sessionId: long(101) }],
  },
  'summary.export': {
    valid: { sessionId: 'session-1', caseId: null, format: 'markdown' },
    bad: [
      ...COMMON_BAD,
      {},
      { sessionId: 's', caseId: null, format: 'pdf' },
      { sessionId: 's', caseId: null, format: 'html', path: '/etc/passwd' },
      { sessionId: 's', format: 'html' },
    ],
  },
  'summary.exportCheck': {
    valid: { sessionId: 's', caseId: null },
    bad: [...COMMON_BAD, {}, { sessionId: '' }, { sessionId: 's', caseId: 1 }, { sessionId: 's', caseId: null, format: 'markdown' }],
  },
  'history.list': {
    valid: { query: 'grenzen' },
    bad: [...COMMON_BAD, {}, { query: null }, { query: long(TEXT_LIMITS.query + 1) }, { query: '', limit: 10 }],
  },
  'history.open': { valid: { sessionId: 'session-1' }, bad: [...COMMON_BAD, {}, { sessionId: '' }, { sessionId: long(101) }] },
  'history.delete': { valid: { sessionId: 'session-1' }, bad: [...COMMON_BAD, {}, { sessionId: 5 }, { sessionId: 's', all: true }] },
  'settings.get': { valid: {}, bad: EMPTY_BAD },
  'settings.set': {
    valid: { language: 'en', autoLockMinutes: 5 },
    bad: [
      ...COMMON_BAD,
      { language: 'fr' },
      { autoLockMinutes: 0 },
      { autoLockMinutes: '15' },
      { sound: 'yes' },
      { customPrompts: [{ id: 'p', stepId: null, text: long(301) }] },
      { favouritePrompts: [long(101)] },
      { vaultPath: '/tmp' },
    ],
  },
  'windows.open': { valid: { role: 'circle' }, bad: [...COMMON_BAD, {}, { role: 'supervisor' }, { role: 'circle', url: 'https://x' }] },
  'windows.close': { valid: { role: 'timekeeper' }, bad: [...COMMON_BAD, {}, { role: 'everything' }, { role: 1 }] },
  'nudges.send': {
    valid: { preset: 'advice-creeping', text: '' },
    bad: [...COMMON_BAD, {}, { preset: 'shout', text: '' }, { preset: null }, { preset: null, text: 'x'.repeat(141) }, { preset: null, text: 5 }],
  },
  'nudges.ack': { valid: { id: 'n-1' }, bad: [...COMMON_BAD, {}, { id: '' }, { id: 5 }] },
  'nudges.list': { valid: {}, bad: EMPTY_BAD },
  'display.get': { valid: {}, bad: EMPTY_BAD },
  'display.set': {
    valid: { time: 'hidden', blackout: true },
    bad: [...COMMON_BAD, { time: 'huge' }, { blackout: 'yes' }, { ruleCard: 1 }, { overtime: 'loud' }, { colour: 'red' }],
  },
  'data.location': { valid: {}, bad: EMPTY_BAD },
  'data.backup': { valid: {}, bad: [...EMPTY_BAD, { path: '/tmp/x' }] },
  'data.restore': { valid: { passphrase: 'lang wachtwoord' }, bad: [...COMMON_BAD, {}, { passphrase: 5 }, { passphrase: long(TEXT_LIMITS.passphrase + 1) }, { passphrase: 'x', path: '/etc' }] },
  // Wiping needs the exact confirmation word: no accidental or fuzzed payload erases anything.
  'data.wipe': { valid: { confirm: 'wipe-everything' }, bad: [...COMMON_BAD, {}, { confirm: true }, { confirm: 'yes' }, { confirm: 'wipe-everything', also: 1 }] },
  'summary.pdf': { valid: { sessionId: 'session-1', caseId: null }, bad: [...COMMON_BAD, {}, { sessionId: 's' }, { sessionId: 's', caseId: null, path: '/tmp/x.pdf' }] },
  'circles.list': { valid: {}, bad: EMPTY_BAD },
  'circles.save': {
    valid: { id: null, name: 'Kring Noord', participants: ['Anna'], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: {} },
    bad: [
      ...COMMON_BAD,
      {},
      { id: null, name: long(101), participants: [], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: {} },
      { id: null, name: 'K', participants: [], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'yoga', templateId: 'standard-45', stepMinutes: {} },
      { id: null, name: 'K', participants: [], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: { vragen: 0 } },
      { id: null, name: 'K', participants: [], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: {}, sessionIds: ['x'] },
    ],
  },
  'circles.delete': { valid: { id: 'c' }, bad: [...COMMON_BAD, {}, { id: '' }] },
  'circles.begin': { valid: { id: 'c', replace: false }, bad: [...COMMON_BAD, {}, { id: 'c' }, { id: 'c', replace: 'no' }] },
  'circles.current': { valid: {}, bad: EMPTY_BAD },
  'circles.review': { valid: { requestId: 'r', status: 'done' }, bad: [...COMMON_BAD, {}, { requestId: 'r', status: 'maybe' }] },
  'templates.list': { valid: {}, bad: EMPTY_BAD },
  'templates.save': { valid: { name: 'Lang gevoel', methodId: 'debriefing', minutes: { gevoel: 30 } }, bad: [...COMMON_BAD, {}, { name: 'x', methodId: 'debriefing', minutes: { gevoel: 999 } }] },
  'templates.delete': { valid: { id: 't' }, bad: [...COMMON_BAD, {}] },
};

const firstAllowedRole = (channel: Channel): WindowRole => WINDOW_ROLES.find((r) => ALLOWED[r].includes(channel))!;

describe('the contract table itself', () => {
  it('has test requests for exactly the channels of the contract', () => {
    expect(Object.keys(CASES).sort()).toEqual([...CHANNELS].sort());
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
  });

  it('gives each window role exactly the channels it should have', () => {
    for (const role of WINDOW_ROLES) {
      const allowed = CHANNELS.filter((c) => CONTRACT[c].roles.includes(role));
      expect(allowed.sort(), role).toEqual([...ALLOWED[role]].sort());
    }
  });
});

describe('every call passes the contract check', () => {
  for (const channel of CHANNELS) {
    it(`${channel}: a valid request reaches the handler for every role allowed, with that role`, async () => {
      const { dispatch, calls } = recording();
      const roles = WINDOW_ROLES.filter((r) => ALLOWED[r].includes(channel));
      for (const role of roles) {
        const reply = await dispatch(role, channel, CASES[channel].valid);
        expect(reply, role).toEqual({ ok: true, value: null });
      }
      expect(calls).toEqual(roles.map((role) => ({ channel, req: CASES[channel].valid, role })));
    });

    it(`${channel}: malformed requests are refused as invalid and never reach the handler`, async () => {
      const { dispatch, calls } = recording();
      for (const bad of CASES[channel].bad) {
        const reply = await dispatch(firstAllowedRole(channel), channel, bad);
        expect(reply.ok, JSON.stringify(bad)?.slice(0, 120)).toBe(false);
        if (!reply.ok) {
          expect(reply.error.code, JSON.stringify(bad)?.slice(0, 120)).toBe('invalid-request');
          expect(reply.error.message.nl).toMatch(/niets gewijzigd/);
        }
      }
      expect(calls).toEqual([]);
    });
  }

  it('refuses a key named __proto__ smuggled in through JSON', async () => {
    const { dispatch, calls } = recording();
    const reply = await dispatch('supervisor', 'session.begin', JSON.parse('{"replace": true, "__proto__": {"polluted": 1}}'));
    expect(reply.ok ? 'accepted' : reply.error.code).toBe('invalid-request');
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('a window calls a channel it may not use', () => {
  const pairs = WINDOW_ROLES.flatMap((role) => CHANNELS.filter((c) => !CONTRACT[c].roles.includes(role)).map((channel) => ({ role, channel })));

  it('there are such pairs to check (circle and timekeeper are limited)', () => {
    expect(pairs.filter((p) => p.role === 'circle').length).toBe(CHANNELS.length - ALLOWED.circle.length);
    expect(pairs.some((p) => p.role === 'timekeeper' && p.channel === 'notes.list')).toBe(true);
  });

  for (const { role, channel } of pairs) {
    it(`${role} → ${channel} is refused as not allowed`, async () => {
      const { dispatch, calls } = recording();
      const reply = await dispatch(role, channel, CASES[channel].valid);
      expect(reply.ok ? 'accepted' : reply.error.code).toBe('not-allowed');
      expect(calls).toEqual([]);
    });
  }
});

describe('an unknown channel', () => {
  for (const channel of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'session.command2', 'Session.command', '', ' app.status', 42, null, undefined, {}, ['app.status']]) {
    it(`${JSON.stringify(channel) ?? 'undefined'} is refused as unknown`, async () => {
      const { dispatch, calls } = recording();
      for (const role of WINDOW_ROLES) {
        const reply = await dispatch(role, channel, {});
        expect(reply.ok ? 'accepted' : reply.error.code).toBe('unknown-channel');
      }
      expect(calls).toEqual([]);
    });
  }
});

describe('a handler that fails', () => {
  it('gives an internal error without the error text, and reports it', async () => {
    const { handlers, internalErrors } = recording();
    const secret = 'Anneke Zwartjes zei iets vertrouwelijks in /home/marleen/kring';
    const failing: Handlers = {
      ...handlers,
      'notes.list': () => {
        throw new Error(secret);
      },
      'notes.save': async () => {
        throw new TypeError(secret);
      },
    };
    const dispatch = createDispatch(failing, (channel, error) => internalErrors.push({ channel, error }));

    for (const channel of ['notes.list', 'notes.save'] as const) {
      const reply = await dispatch('supervisor', channel, CASES[channel].valid);
      expect(reply.ok ? 'accepted' : reply.error.code).toBe('internal');
      expect(JSON.stringify(reply)).not.toContain('Anneke');
      expect(JSON.stringify(reply)).not.toContain('/home/marleen');
      if (!reply.ok) expect(reply.error.message.nl).toMatch(/Er ging iets mis/);
    }
    expect(internalErrors.map((e) => e.channel)).toEqual(['notes.list', 'notes.save']);
  });
});
