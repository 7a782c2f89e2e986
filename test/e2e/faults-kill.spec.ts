/**
 * Fault test: the services process is killed (SIGKILL: no flush, no goodbye) at 20 seeded random
 * moments of a scripted session — right after a note was acknowledged, in the middle of a burst
 * of commands, between two steps. After every restart the circle is back in a step it had
 * reached, with a sensible time left, every acknowledged note is there word for word, and the
 * vault set nothing aside.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { STEPS } from '../../shared/method/index.ts';
import type { StepId } from '../../shared/method/index.ts';
import type { Note, Observation, Reply } from '../../shared/ipc/index.ts';
import type { SupervisorView } from '../../shared/session/index.ts';
import { faultSeed, seededRandom } from '../support/seeded-random.ts';
import type { Rng } from '../support/seeded-random.ts';
import { startKring } from './kring-process.ts';
import type { KringProcess } from './kring-process.ts';
import { connect } from './node-client.ts';
import type { NodeClient } from './node-client.ts';

const PASSPHRASE = 'een lange zin om de kluis te openen';
const KILLS = 20;
const MIN = 60_000;
const PARTICIPANTS = ['Anna Vermeulen', 'Bram Peeters', 'Chris Janssens', 'Dina Maes', 'Eline Wouters'];
const PROPOSALS = ['Zorgen om cliënte A', 'Een lastig gesprek met een collega', 'Grenzen aangeven bij de ouders'];

type KillMode = 'between' | 'after-ack' | 'mid-burst' | 'during';

interface SentText {
  text: string;
  acked: boolean;
}

/** What the script did, as far as it knows: the truth a restart is checked against. */
interface Model {
  sessionId: string | null;
  /** Per case and step: every text sent for that note, in order, and whether its save was acknowledged. */
  notes: Map<string, SentText[]>;
  observations: SentText[];
  /** The furthest point of the script a window was shown. */
  maxRank: number;
  /** The furthest point whose command was acknowledged: a restart may not go back before it. */
  ackedRank: number;
  /** Names and titles whose command was acknowledged. */
  ackedTexts: Set<string>;
  kills: { action: string; mode: KillMode; restoredTo: string }[];
}

/** The script's path through the session as one ordered scale. */
function rankOf(view: SupervisorView | null): number {
  if (!view) return -1;
  const c = view.cases.length;
  switch (view.phase) {
    case 'planning':
      return 0;
    case 'opening':
      return 1;
    case 'choosing':
      return 2 + 10 * c;
    case 'case':
      return 3 + 10 * (c - 1) + (view.current?.stepIndex ?? 0);
    case 'caseEnd':
      return 9 + 10 * (c - 1);
    default:
      return 100;
  }
}

const where = (v: SupervisorView | null) =>
  v ? `${v.phase}${v.phase === 'case' ? ` case ${v.cases.length} step ${(v.current?.stepIndex ?? 0) + 1}` : ''}` : 'no session';

const noteKey = (caseId: string | null, stepId: StepId | null) => `${caseId ?? '-'}|${stepId ?? '-'}`;

interface Ctx {
  app: KringProcess;
  c: NodeClient;
  rng: Rng;
  model: Model;
  /** Set while a kill is planned for this action. */
  plan: { mode: KillMode; afterReplies: number } | null;
  replies: number;
  killing: Promise<void> | null;
}

/** Kill now (once); later calls wait for the same kill. */
function killNow(ctx: Ctx): Promise<void> {
  ctx.killing ??= ctx.app.kill();
  return ctx.killing;
}

async function call<T>(ctx: Ctx, channel: string, req: unknown = {}): Promise<Reply<T>> {
  const reply = await ctx.c.send<T>(channel, req);
  ctx.replies++;
  const view = ctx.c.lastView<SupervisorView>();
  ctx.model.maxRank = Math.max(ctx.model.maxRank, rankOf(view));
  if (reply.ok && (channel === 'session.command' || channel === 'session.begin')) {
    ctx.model.ackedRank = Math.max(ctx.model.ackedRank, rankOf(view));
    const typed = req as { name?: unknown; title?: unknown; supervisorName?: unknown; secondFacilitatorName?: unknown };
    for (const text of [typed.name, typed.title, typed.supervisorName, typed.secondFacilitatorName]) if (typeof text === 'string') ctx.model.ackedTexts.add(text);
  }
  if (ctx.plan?.mode === 'mid-burst' && ctx.replies === ctx.plan.afterReplies) void killNow(ctx);
  return reply;
}

const command = (ctx: Ctx, type: string, extra: Record<string, unknown> = {}) => call<null>(ctx, 'session.command', { type, ...extra });
const view = (ctx: Ctx) => ctx.c.lastView<SupervisorView>();

async function currentView(ctx: Ctx): Promise<SupervisorView | null> {
  const reply = await call<SupervisorView | null>(ctx, 'session.view');
  if (!reply.ok) throw new Error(`session.view refused: ${reply.error.code}`);
  return reply.value;
}

function distinctiveText(rng: Rng, label: string): string {
  const words = Array.from({ length: rng.int(4, 12) }, () => rng.word());
  const long = rng.chance(0.2) ? `\n${'Lang verhaal met ë, é en ü. '.repeat(rng.int(50, 400))}` : '';
  return `${label}: ${words.join(' ')} — zeldzaamwoord-${rng.word(8, 8)}${long}`;
}

async function saveNote(ctx: Ctx, label: string, stepless = false) {
  const v = await currentView(ctx);
  if (!v) return;
  const caseId = v.cases.at(-1)?.id ?? null;
  const stepId = stepless || v.phase !== 'case' ? null : (v.current?.stepId ?? null);
  const text = distinctiveText(ctx.rng, label);
  const key = noteKey(caseId, stepId);
  const sent: SentText = { text, acked: false };
  ctx.model.notes.set(key, [...(ctx.model.notes.get(key) ?? []), sent]);
  const reply = await call<{ updatedAt: number }>(ctx, 'notes.save', { caseId, stepId, text });
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  sent.acked = true;
  if (ctx.plan?.mode === 'after-ack') await killNow(ctx);
}

async function addObservation(ctx: Ctx, label: string) {
  const text = `${label} ${ctx.rng.word(6, 6)}`;
  const sent: SentText = { text, acked: false };
  ctx.model.observations.push(sent);
  const reply = await call<Observation>(ctx, 'observations.add', { tag: ctx.rng.pick(['advice', 'judgement', 'emotion', null]), text });
  expect(reply.ok, JSON.stringify(reply)).toBe(true);
  sent.acked = true;
}

/** The running step's clock: a burst of extend / pause / resume sent without waiting. */
async function timeBurst(ctx: Ctx) {
  const v = await currentView(ctx);
  if (v?.phase !== 'case') return;
  const types = ['EXTEND', 'PAUSE', 'EXTEND', 'RESUME', 'PAUSE', 'RESUME', 'EXTEND'];
  await Promise.allSettled(types.map((t) => (t === 'EXTEND' ? command(ctx, t, { ms: MIN }) : command(ctx, t))));
  // Whatever the burst left: the step runs again.
  if (view(ctx)?.current?.timer.status === 'paused') await command(ctx, 'RESUME');
}

async function ensureRunning(ctx: Ctx) {
  const v = await currentView(ctx);
  const status = v?.current?.timer.status;
  if (status === 'not-started') expect((await command(ctx, 'START')).ok).toBe(true);
  if (status === 'paused') expect((await command(ctx, 'RESUME')).ok).toBe(true);
}

/** Go on to the step after `stepIndex` of the current case (or end the case after the last). */
async function nextFrom(ctx: Ctx, caseNumber: number, stepIndex: number) {
  // A NEXT that was acknowledged but lost in a kill is given again.
  for (let v = await currentView(ctx); v?.phase === 'case' && v.cases.length === caseNumber && v.current!.stepIndex! <= stepIndex; v = await currentView(ctx)) {
    expect((await command(ctx, 'NEXT')).ok).toBe(true);
  }
}

async function chooseCase(ctx: Ctx, caseNumber: number) {
  let v = await currentView(ctx);
  if (v?.phase === 'caseEnd') {
    expect((await command(ctx, 'NEXT_CASE')).ok).toBe(true);
    v = await currentView(ctx);
  }
  if (v?.phase !== 'choosing' || v.cases.length >= caseNumber) return;
  const open = v.proposals.find((p) => p.status === 'open');
  expect(open, 'an open proposal to choose').toBeTruthy();
  expect((await command(ctx, 'CHOOSE_PROPOSAL', { id: open!.id, caseId: '' })).ok).toBe(true);
}

interface Action {
  name: string;
  kind: 'note' | 'burst' | 'plain';
  run(ctx: Ctx): Promise<void>;
}

function script(): Action[] {
  const actions: Action[] = [
    {
      name: 'begin',
      kind: 'plain',
      async run(ctx) {
        if ((await currentView(ctx)) === null) expect((await call(ctx, 'session.begin', { replace: false })).ok).toBe(true);
        ctx.model.sessionId = (await currentView(ctx))!.sessionId;
      },
    },
    {
      name: 'participants',
      kind: 'burst',
      async run(ctx) {
        const present = new Set((await currentView(ctx))!.plan.participants.map((p) => p.name));
        const missing = PARTICIPANTS.filter((n) => !present.has(n));
        const replies = await Promise.all(missing.map((name) => command(ctx, 'ADD_PARTICIPANT', { id: '', name })));
        for (const r of replies) expect(r.ok, JSON.stringify(r)).toBe(true);
      },
    },
    {
      name: 'facilitators',
      kind: 'plain',
      async run(ctx) {
        await command(ctx, 'SET_FACILITATORS', { supervisorName: 'Sofie de Smet', secondFacilitatorName: 'Tom Claes' });
      },
    },
    { name: 'note-planning', kind: 'note', run: (ctx) => saveNote(ctx, 'voorbereiding', true) },
    {
      name: 'confirm-plan',
      kind: 'plain',
      async run(ctx) {
        if ((await currentView(ctx))?.phase === 'planning') expect((await command(ctx, 'CONFIRM_PLAN')).ok).toBe(true);
      },
    },
    {
      name: 'finish-opening',
      kind: 'plain',
      async run(ctx) {
        if ((await currentView(ctx))?.phase === 'opening') expect((await command(ctx, 'FINISH_OPENING')).ok).toBe(true);
      },
    },
    {
      name: 'proposals',
      kind: 'burst',
      async run(ctx) {
        const v = (await currentView(ctx))!;
        const present = new Set(v.proposals.map((p) => p.title));
        const presenter = v.plan.participants[0]?.id ?? null;
        const missing = PROPOSALS.filter((t) => !present.has(t));
        const replies = await Promise.all(
          missing.map((title, i) => command(ctx, 'ADD_PROPOSAL', { id: '', title, presenterId: i === 0 ? presenter : null, criteria: ['worried'] })),
        );
        for (const r of replies) expect(r.ok, JSON.stringify(r)).toBe(true);
      },
    },
    { name: 'choose-1', kind: 'plain', run: (ctx) => chooseCase(ctx, 1) },
    { name: 'start-1', kind: 'plain', run: ensureRunning },
  ];
  const caseSteps = (caseNumber: number, steps: number) => {
    for (let s = 0; s < steps; s++) {
      const label = `casus ${caseNumber} stap ${s + 1}`;
      actions.push(
        { name: `note-${caseNumber}.${s + 1}`, kind: 'note', run: (ctx) => saveNote(ctx, label) },
        { name: `observe-${caseNumber}.${s + 1}`, kind: 'plain', run: (ctx) => addObservation(ctx, `waarneming ${label}`) },
        { name: `clock-burst-${caseNumber}.${s + 1}`, kind: 'burst', run: timeBurst },
        { name: `note-again-${caseNumber}.${s + 1}`, kind: 'note', run: (ctx) => saveNote(ctx, `${label} (bijgewerkt)`) },
        { name: `session-note-${caseNumber}.${s + 1}`, kind: 'note', run: (ctx) => saveNote(ctx, `sessie na ${label}`, true) },
        { name: `next-${caseNumber}.${s + 1}`, kind: 'plain', run: (ctx) => nextFrom(ctx, caseNumber, s) },
      );
    }
  };
  caseSteps(1, STEPS.length);
  actions.push(
    { name: 'note-case-end', kind: 'note', run: (ctx) => saveNote(ctx, 'einde casus 1') },
    { name: 'choose-2', kind: 'plain', run: (ctx) => chooseCase(ctx, 2) },
    { name: 'start-2', kind: 'plain', run: ensureRunning },
  );
  caseSteps(2, 3);
  return actions;
}

/** 20 kills at seeded moments: some right after a note's acknowledgement, some mid-burst, the rest anywhere. */
function killPlan(rng: Rng, actions: Action[]): Map<number, KillMode[]> {
  const indices = (kind: Action['kind']) => actions.flatMap((a, i) => (a.kind === kind ? [i] : []));
  const plan = new Map<number, KillMode[]>();
  const add = (i: number, mode: KillMode) => plan.set(i, [...(plan.get(i) ?? []), mode]);
  for (let k = 0; k < 6; k++) add(rng.pick(indices('note')), 'after-ack');
  for (let k = 0; k < 6; k++) add(rng.pick(indices('burst')), 'mid-burst');
  for (let k = 0; k < KILLS - 12; k++) add(rng.int(1, actions.length - 1), rng.pick(['between', 'during'] as const));
  return plan;
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/** Start again after a kill, open the vault and check that nothing was lost. */
async function recover(ctx: Ctx, after: { action: string; mode: KillMode }) {
  await ctx.c.close();
  // As the kill left it, the session file is whole: the previous state or the next, never a mix.
  const fileText = await readFile(join(ctx.app.dataDir, 'session', 'current.json'), 'utf8').catch(() => null);
  if (fileText !== null) {
    const parsed = JSON.parse(fileText) as { format?: string } | null;
    if (parsed !== null) expect(parsed.format).toBe('kring-session');
  } else {
    expect(ctx.model.ackedRank, 'an acknowledged session has its file').toBe(-1);
  }
  await ctx.app.start();
  ctx.c = await connect(ctx.app.url('supervisor'));
  const first = await ctx.c.waitForPush((p) => p.type === 'status');
  if (first.type !== 'status') throw new Error('unreachable');
  expect(first.status.notices, 'a restart after a kill needs no notice: nothing was set aside or reset').toEqual([]);
  expect(first.status.vault).toBe('locked');

  const unlocked = await ctx.c.call('vault.unlock', { passphrase: PASSPHRASE });
  expect(unlocked.ok, JSON.stringify(unlocked)).toBe(true);

  const model = ctx.model;
  let restored: SupervisorView | null = null;
  if (model.sessionId !== null) {
    // After unlock the names come back from the vault: wait until every name is there again.
    await expect
      .poll(
        async () => {
          const r = await ctx.c.call<SupervisorView | null>('session.view');
          restored = r.ok ? r.value : null;
          return restored ? restored.plan.participants.filter((p) => p.name === '').length + restored.proposals.filter((p) => p.title === '').length : 0;
        },
        { message: 'names and titles are back after unlock', timeout: 10_000 },
      )
      .toBe(0);
  } else {
    const r = await ctx.c.call<SupervisorView | null>('session.view');
    restored = r.ok ? r.value : null;
  }
  const v = restored as SupervisorView | null;

  // A consistent state the script had reached (or was about to reach when it was killed).
  if (v) {
    expect(v.sessionId).toBe(model.sessionId);
    const rank = rankOf(v);
    expect(rank, `restored to ${where(v)}, further than the script went`).toBeLessThanOrEqual(model.maxRank + 1);
    expect(rank, `restored to ${where(v)}, before a change that was acknowledged`).toBeGreaterThanOrEqual(model.ackedRank);
    expect(['planning', 'opening', 'choosing', 'case', 'caseEnd']).toContain(v.phase);
    if (v.phase === 'case') {
      const t = v.current!.timer;
      expect(v.current!.kind).toBe('step');
      expect(t.remainingMs).toBeGreaterThanOrEqual(0);
      expect(t.remainingMs).toBeLessThanOrEqual(t.plannedMs + t.adjustMs);
      expect(t.elapsedMs).toBeGreaterThanOrEqual(0);
      if (t.status === 'running') expect(Math.abs(t.deadline! - t.at - t.remainingMs)).toBeLessThanOrEqual(1);
    }
    const names = v.plan.participants.map((p) => p.name);
    const titles = v.proposals.map((p) => p.title);
    for (const name of names) expect(PARTICIPANTS).toContain(name);
    for (const title of titles) expect(PROPOSALS).toContain(title);
    for (const text of model.ackedTexts) expect([...names, ...titles, v.plan.supervisorName, v.plan.secondFacilitatorName], `acknowledged "${text}" is kept`).toContain(text);
  } else {
    expect(model.sessionId, 'a session that was begun is not lost').toBeNull();
    expect(model.ackedRank).toBe(-1);
  }
  model.kills.push({ ...after, restoredTo: where(v) });

  // Every acknowledged note, word for word (or a newer version that was on its way).
  if (model.sessionId !== null) {
    const listed = await ctx.c.call<Note[]>('notes.list', { sessionId: model.sessionId });
    expect(listed.ok).toBe(true);
    const notes = listed.ok ? listed.value : [];
    for (const [key, sent] of model.notes) {
      const stored = notes.find((n) => noteKey(n.caseId, n.stepId) === key);
      const lastAcked = sent.findLastIndex((s) => s.acked);
      if (lastAcked < 0) {
        if (stored) expect(sent.map((s) => s.text)).toContain(stored.text);
        continue;
      }
      expect(stored, `acknowledged note ${key} is there after a kill at ${after.action} (${after.mode})`).toBeTruthy();
      expect(sent.slice(lastAcked).map((s) => s.text), `note ${key} has the last acknowledged text`).toContain(stored!.text);
    }
    const observed = await ctx.c.call<Observation[]>('observations.list', { sessionId: model.sessionId });
    expect(observed.ok).toBe(true);
    const texts = new Set(observed.ok ? observed.value.map((o) => o.text) : []);
    for (const o of model.observations.filter((x) => x.acked)) expect(texts.has(o.text), `observation "${o.text}" kept`).toBe(true);
  }

  // No vault record was set aside (every record file was read by the lists above).
  expect(await listNames(join(ctx.app.dataDir, 'vault', 'set-aside'))).toEqual([]);
  const status = await ctx.c.call<{ notices: unknown[] }>('app.status');
  expect(status.ok && status.value.notices).toEqual([]);
}

test('20 kills at random moments of a session: every restart is consistent and no saved word is lost', async () => {
  test.setTimeout(300_000); // about a minute on a quiet two-core machine
  const rng = seededRandom(faultSeed(20261122));
  test.info().annotations.push({ type: 'seed', description: `KRING_FAULT_SEED=${rng.seed}` });
  const app = await startKring();
  try {
    const ctx: Ctx = {
      app,
      c: await connect(app.url('supervisor')),
      rng,
      model: { sessionId: null, notes: new Map(), observations: [], maxRank: -1, ackedRank: -1, ackedTexts: new Set(), kills: [] },
      plan: null,
      replies: 0,
      killing: null,
    };
    expect((await ctx.c.call('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);

    const actions = script();
    const plan = killPlan(rng, actions);
    let kills = 0;
    for (const [index, action] of actions.entries()) {
      for (const mode of plan.get(index) ?? []) {
        ctx.plan = { mode, afterReplies: rng.int(1, 4) };
        ctx.replies = 0;
        ctx.killing = null;
        if (mode === 'between') {
          await killNow(ctx);
        } else if (mode === 'during') {
          const running = action.run(ctx).catch(() => undefined);
          const wait = rng.int(0, 6);
          await (wait === 0 ? new Promise((r) => setImmediate(r)) : new Promise((r) => setTimeout(r, wait)));
          await killNow(ctx);
          await running;
        } else {
          // Kills itself right after an acknowledgement (note) or the k-th reply of a burst.
          await action.run(ctx).catch((error: unknown) => {
            if (!ctx.killing) throw error;
          });
          await killNow(ctx); // a burst that had fewer replies than planned: kill at its end
        }
        ctx.plan = null;
        kills++;
        await recover(ctx, { action: action.name, mode });
      }
      await action.run(ctx);
    }
    expect(kills).toBe(KILLS);

    // At the end the whole session is there: the second case runs, all notes and observations kept.
    const finalReply = await ctx.c.call<SupervisorView | null>('session.view');
    const final = finalReply.ok ? finalReply.value : null;
    expect(final?.phase).toBe('case');
    expect(final?.cases.length).toBe(2);
    const notes = await ctx.c.call<Note[]>('notes.list', { sessionId: ctx.model.sessionId });
    expect(notes.ok && notes.value.length).toBe(ctx.model.notes.size);
    test.info().annotations.push({ type: 'kills', description: ctx.model.kills.map((k) => `${k.action}/${k.mode} → ${k.restoredTo}`).join('; ') });
    await ctx.c.close();
  } finally {
    await app.stop();
  }
});
