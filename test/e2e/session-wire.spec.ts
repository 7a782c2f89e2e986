/**
 * The contract over the real WebSocket transport, from Chromium pages: two pages are two windows
 * of the same session; the services process can die and come back without the circle losing its place.
 */
import { expect, test } from './fixtures.ts';
import { call, lastView, openWire, rawMessages } from './wire.ts';

const MIN = 60_000;

type View = {
  phase: string;
  current: { stepIndex: number | null; timer: { status: string; remainingMs: number; deadline: number | null; at: number; adjustMs: number } } | null;
};

async function planAndChoose(page: import('@playwright/test').Page) {
  expect((await call(page, 'vault.create', { passphrase: 'lange zin voor de test' })).ok).toBe(true);
  expect((await call(page, 'session.begin', { replace: false })).ok).toBe(true);
  for (const name of ['Anna Vermeulen', 'Bram Peeters']) {
    expect((await call(page, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name })).ok).toBe(true);
  }
  await call(page, 'session.command', { type: 'CONFIRM_PLAN' });
  await call(page, 'session.command', { type: 'FINISH_OPENING' });
  await call(page, 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: ['worried'] });
  const view = (await lastView<{ proposals: { id: string }[] }>(page))!;
  expect((await call(page, 'session.command', { type: 'CHOOSE_PROPOSAL', id: view.proposals[0]!.id, caseId: '' })).ok).toBe(true);
}

test('a command in one window shows in the other, and the timekeeper may only drive time', async ({ app, context }) => {
  const supervisor = await context.newPage();
  const timekeeper = await context.newPage();
  await openWire(supervisor, app.url('supervisor'));
  await openWire(timekeeper, app.url('timekeeper'));
  await planAndChoose(supervisor);

  expect((await call(timekeeper, 'session.command', { type: 'START' })).ok).toBe(true);
  await expect.poll(async () => (await lastView<View>(supervisor))?.current?.timer.status).toBe('running');

  expect((await call(timekeeper, 'session.command', { type: 'PAUSE' })).ok).toBe(true);
  expect((await call(timekeeper, 'session.command', { type: 'EXTEND', ms: 5 * MIN })).ok).toBe(true);
  await expect.poll(async () => (await lastView<View>(supervisor))?.current?.timer.adjustMs).toBe(5 * MIN);
  const s = (await lastView<View>(supervisor))!.current!.timer;
  const t = (await lastView<View>(timekeeper))!.current!.timer;
  expect(s.status).toBe('paused');
  expect(t.status).toBe('paused');
  expect(s.remainingMs).toBe(t.remainingMs);

  const refused = await call(timekeeper, 'session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'Iemand' });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('role-not-allowed');
});

test('after the services are killed in step 4, both windows come back to step 4 with the right time left', async ({ app, context }) => {
  const supervisor = await context.newPage();
  const timekeeper = await context.newPage();
  await openWire(supervisor, app.url('supervisor'));
  await openWire(timekeeper, app.url('timekeeper'));
  await planAndChoose(supervisor);
  await call(supervisor, 'session.command', { type: 'START' });
  for (let i = 0; i < 3; i++) await call(timekeeper, 'session.command', { type: 'NEXT' });
  await expect.poll(async () => (await lastView<View>(timekeeper))?.current?.stepIndex).toBe(3);
  const before = (await lastView<View>(timekeeper))!.current!.timer;
  expect(before.deadline).not.toBeNull();

  await app.kill();
  await app.start();

  // Each page reconnects by itself and gets a fresh view; the deadline is the same moment.
  for (const page of [supervisor, timekeeper]) {
    await expect.poll(async () => (await lastView<View>(page))?.current?.timer.at ?? 0, { timeout: 15_000 }).toBeGreaterThan(before.at);
    const after = (await lastView<View>(page))!;
    expect(after.phase).toBe('case');
    expect(after.current!.stepIndex).toBe(3);
    expect(after.current!.timer.status).toBe('running');
    expect(Math.abs(after.current!.timer.deadline! - before.deadline!)).toBeLessThanOrEqual(1_000);
  }
});

test('the circle display never receives a name, a title or a note', async ({ app, context }) => {
  const supervisor = await context.newPage();
  const circle = await context.newPage();
  await openWire(supervisor, app.url('supervisor'));
  await openWire(circle, app.url('circle'));
  await planAndChoose(supervisor);
  await call(supervisor, 'session.command', { type: 'START' });
  expect((await call(supervisor, 'notes.save', { caseId: null, stepId: 'inbreng', text: 'Geheime notitie over de casus' })).ok).toBe(true);
  await call(supervisor, 'session.command', { type: 'NEXT' });

  // The circle may not ask for notes or anything beyond its view either.
  expect((await call(circle, 'notes.list', { sessionId: 'x' })).error?.code).toBe('not-allowed');
  expect((await call(circle, 'session.command', { type: 'PAUSE' })).error?.code).toBe('not-allowed');

  const everything = (await rawMessages(circle)).join('\n');
  expect(everything).toContain('"role":"circle"');
  for (const secret of ['Anna', 'Vermeulen', 'Bram', 'Zorgen om', 'cliënte A', 'Geheime notitie']) {
    expect(everything).not.toContain(secret);
  }
});
