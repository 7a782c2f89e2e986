import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { SettingsBacking } from '../../../electron/main/services/settings-service.ts';
import type { KdfCost } from '../../../electron/main/vault/index.ts';
import type { AppStatus, Note, Push, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import type { RoleView, SupervisorView } from '../../../shared/session/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { FakeClock, MIN } from './fake-clock.ts';
import { startTestServices } from './test-services.ts';

const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'koffie bij de kring om negen';
const NAME = 'Wilhelmina Oosterhout';
const TITLE = 'Casus over een ouder die dreigde';
const NOTE = 'Vertrouwelijk: Wilhelmina twijfelt aan haar melding bij Veilig Thuis.';

let dataDir: string;
let clock: FakeClock;
let running: AppServices[] = [];
let logs: string[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-app-'));
  clock = new FakeClock();
  logs = [];
});

afterEach(async () => {
  for (const services of running) {
    await services.flush();
    services.dispose();
  }
  running = [];
  await pause(50);
  await rm(dataDir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function memorySettings(): SettingsBacking {
  let stored: unknown;
  return { read: () => stored, write: (v) => void (stored = structuredClone(v)) };
}

async function start(): Promise<AppServices> {
  const services = await createAppServices({ dataDir, clock, settings: memorySettings(), transport: 'websocket', kdf: CHEAP_KDF, log: (l) => logs.push(l) });
  running.push(services);
  return services;
}

function listen(services: AppServices, role: WindowRole): Push[] {
  const pushes: Push[] = [];
  services.connect(role, (push) => pushes.push(structuredClone(push)));
  return pushes;
}

/** The value of a reply (dispatch replies are untyped: the caller names what it expects). */
function value<T = unknown>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code} ${reply.error.message.en}`);
  return reply.value as T;
}

const lastStatus = (pushes: Push[]): AppStatus | undefined =>
  pushes.filter((p): p is Extract<Push, { type: 'status' }> => p.type === 'status').at(-1)?.status;

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await pause(10);
  }
  throw new Error(`timed out waiting for ${what}`);
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

/** Create the vault, begin, plan one person and one proposal and choose it: step 1 of case 1. */
async function toFirstCase(services: AppServices) {
  const d = dispatchAimed(services);
  value(await d('supervisor', 'vault.create', { passphrase: PASSPHRASE }));
  value(await d('supervisor', 'session.begin', { replace: false }));
  value(await d('supervisor', 'session.command', { type: 'ADD_PARTICIPANT', id: 'x', name: NAME }));
  value(await d('supervisor', 'session.command', { type: 'CONFIRM_PLAN' }));
  value(await d('supervisor', 'session.command', { type: 'FINISH_OPENING' }));
  value(await d('supervisor', 'session.command', { type: 'ADD_PROPOSAL', id: 'x', title: TITLE, presenterId: null, criteria: [] }));
  const proposalId = (value(await d('supervisor', 'session.view', {})) as SupervisorView).proposals[0]!.id;
  value(await d('supervisor', 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposalId, caseId: 'x' }));
  const view = value(await d('supervisor', 'session.view', {})) as SupervisorView;
  return { sessionId: view.sessionId, caseId: view.cases[0]!.id };
}

describe('a session with the vault locked halfway', () => {
  it('keeps notes out of reach while locked, keeps the clock going, and gives everything back on unlock', async () => {
    const services = await start();
    const supervisorPushes = listen(services, 'supervisor');
    const circlePushes = listen(services, 'circle');
    const d = dispatchAimed(services);

    const { sessionId, caseId } = await toFirstCase(services);
    expect((value(await d('supervisor', 'session.view', {})) as SupervisorView).plan.participants[0]?.name).toBe(NAME);
    value(await d('supervisor', 'notes.save', { caseId, stepId: 'inbreng', text: NOTE }));

    const pushedBeforeLock = supervisorPushes.length;
    value(await d('supervisor', 'vault.lock', {}));
    expect(lastStatus(supervisorPushes)?.vault).toBe('locked');
    expect(value<AppStatus>(await d('circle', 'app.status', {})).vault).toBe('locked');

    const listed = await d('supervisor', 'notes.list', { sessionId });
    expect(listed.ok ? 'listed' : listed.error.code).toBe('locked');
    if (!listed.ok) expect(listed.error.message.nl).toMatch(/vergrendeld/);

    // The timekeeper starts the step while locked; the time runs.
    value(await d('timekeeper', 'session.command', { type: 'START' }));
    clock.advance(1 * MIN);
    const tk = value<RoleView | null>(await d('timekeeper', 'session.view', {}));
    expect(tk?.current?.timer.status).toBe('running');
    expect(tk?.current?.timer.remainingMs).toBe(4 * MIN);

    // Locked means locked: not even the supervisor's window is shown a name or title now.
    expect(JSON.stringify(value(await d('supervisor', 'session.view', {})))).not.toContain(NAME);
    expect(JSON.stringify(supervisorPushes.slice(pushedBeforeLock))).not.toContain(NAME);
    expect(JSON.stringify(supervisorPushes.slice(pushedBeforeLock))).not.toContain(TITLE);

    const wrong = await d('supervisor', 'vault.unlock', { passphrase: 'koffie bij de kring om tien' });
    expect(wrong.ok ? 'unlocked' : wrong.error.code).toBe('wrong-passphrase');
    if (!wrong.ok) expect(wrong.error.message.nl).toMatch(/wachtwoord klopt niet/);
    expect(lastStatus(supervisorPushes)?.vault).toBe('locked');

    value(await d('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
    expect(lastStatus(supervisorPushes)?.vault).toBe('unlocked');
    const notes = value(await d('supervisor', 'notes.list', { sessionId })) as Note[];
    expect(notes.map((n) => [n.caseId, n.stepId, n.text])).toEqual([[caseId, 'inbreng', NOTE]]);
    expect(value<RoleView | null>(await d('timekeeper', 'session.view', {}))?.current?.timer.remainingMs).toBe(4 * MIN);

    await services.flush();
    await pause(100); // the history is archived in the background
    expect(circlePushes.length).toBeGreaterThan(3);
    const seenByCircle = JSON.stringify(circlePushes);
    for (const secret of [NAME, 'Wilhelmina', TITLE, NOTE]) expect(seenByCircle).not.toContain(secret);
    expect(circlePushes.some((p) => p.type === 'view' && p.view.role === 'circle' && p.view.current?.timer.status === 'running')).toBe(true);
    expect(logs).toEqual([]);
  });

  it('writes names, titles and note text to disk only encrypted', async () => {
    const services = await start();
    const d = dispatchAimed(services);
    const { caseId } = await toFirstCase(services);
    value(await d('supervisor', 'notes.save', { caseId, stepId: null, text: NOTE }));
    value(await d('supervisor', 'session.command', { type: 'START' }));
    value(await d('supervisor', 'vault.lock', {}));
    value(await d('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
    await services.flush();
    await pause(100);

    const vaultFiles = await allBytes(join(dataDir, 'vault'));
    expect(vaultFiles.length).toBeGreaterThan(2); // header plus records: there is something to look at
    const everything = await allBytes(dataDir);
    for (const secret of [NAME, 'Wilhelmina', TITLE, NOTE, 'Veilig Thuis', PASSPHRASE]) {
      for (const bytes of everything) expect(bytes.includes(Buffer.from(secret, 'utf8')), secret).toBe(false);
    }
    expect(logs).toEqual([]);
  });
});

describe('the app starting again', () => {
  it('restores the step with its time at once, and the names only after unlocking', async () => {
    const first = await start();
    await toFirstCase(first);
    value(await dispatchAimed(first)('supervisor', 'session.command', { type: 'START' }));
    clock.advance(2 * MIN);
    await first.flush();
    await pause(50);
    first.dispose();
    running = running.filter((s) => s !== first);

    clock.advance(1 * MIN);
    const second = await start();
    const circle = listen(second, 'circle');
    expect(value<AppStatus>(await dispatchAimed(second)('supervisor', 'app.status', {})).vault).toBe('locked');
    const sealed = value(await dispatchAimed(second)('supervisor', 'session.view', {})) as SupervisorView;
    expect(sealed.current?.timer.remainingMs).toBe(2 * MIN);
    expect(sealed.plan.participants[0]?.name).toBe('');
    expect(JSON.stringify(circle)).toContain('"running"');

    value(await dispatchAimed(second)('supervisor', 'vault.unlock', { passphrase: PASSPHRASE }));
    await waitFor(async () => {
      const view = value(await dispatchAimed(second)('supervisor', 'session.view', {})) as SupervisorView;
      return view.plan.participants[0]?.name === NAME && view.proposals[0]?.title === TITLE;
    }, 'the names to come back');
    expect(JSON.stringify(circle)).not.toContain(NAME);
    expect(logs).toEqual([]);
  });
});

describe('three windows and one change', () => {
  it('tells the supervisor window first, then the timekeeper, then the circle display, whatever order they opened in', async () => {
    const t = await startTestServices('kring-order-');
    try {
      value(await t.d('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' }));
      value(await t.d('supervisor', 'session.begin', { replace: false }));
      const told: string[] = [];
      for (const role of ['circle', 'timekeeper', 'supervisor'] as const) {
        t.services.connect(role, (push) => {
          if (push.type === 'view') told.push(role);
        });
      }
      told.length = 0;
      value(await t.d('supervisor', 'session.command', { type: 'SET_AUTO_ADVANCE', enabled: true }));
      expect(told).toEqual(['supervisor', 'timekeeper', 'circle']);
    } finally {
      await t.stop();
    }
  });
});
