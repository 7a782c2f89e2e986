import { chmod, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSessionHost } from '../../../electron/main/services/session-host.ts';
import type { ContentStore, HostNotice, SessionHost } from '../../../electron/main/services/session-host.ts';
import type { Reply, SessionCommand, WindowRole } from '../../../shared/ipc/index.ts';
import type { LogEntry, SessionContent } from '../../../shared/session/index.ts';
import { FakeClock, MIN, SEC } from './fake-clock.ts';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';

/** A window with the latest view gives the host a command (aimed at the move it shows). */
const send = (h: { command: SessionHost['command']; state: SessionHost['state'] }, role: WindowRole, command: LooseCommand) =>
  h.command(role, aimAt(command, h.state()?.context.moves ?? 0));

const NAMES = ['Anneke Zwartjes', 'Chloë Vermeulen'];
const TITLE = 'Een huisbezoek dat uit de hand liep';

/** Stands in for the vault: records every save, and can be "locked" (canStore false). */
function fakeContent() {
  const saves: SessionContent[] = [];
  const kept = new Map<string, SessionContent>();
  let open = true;
  const store: ContentStore = {
    canStore: () => open,
    async save(content) {
      saves.push(structuredClone(content));
      kept.set(content.sessionId, structuredClone(content));
    },
    async load(sessionId) {
      return structuredClone(kept.get(sessionId));
    },
  };
  return {
    store,
    saves,
    setOpen(value: boolean) {
      open = value;
    },
  };
}

type Content = ReturnType<typeof fakeContent>;

let dataDir: string;
let clock: FakeClock;
let content: Content;
let notices: HostNotice[];
const hosts: SessionHost[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-host-'));
  clock = new FakeClock();
  content = fakeContent();
  notices = [];
});

afterEach(async () => {
  for (const host of hosts.splice(0)) {
    host.dispose();
    await host.flush(); // let pending writes land before the folder goes
  }
  await chmod(join(dataDir, 'session'), 0o700).catch(() => {});
  await rm(dataDir, { recursive: true, force: true });
});

function newHost(): SessionHost {
  const host = createSessionHost({ dataDir, clock, content: content.store, notify: (n) => notices.push(n) });
  hosts.push(host);
  return host;
}

const sessionFile = () => join(dataDir, 'session', 'current.json');
const setAsideDir = () => join(dataDir, 'session', 'set-aside');

function ok(reply: Reply<unknown>): void {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code}`);
}

function refusalCode(reply: Reply<unknown>): string | null {
  return reply.ok ? null : reply.error.code;
}

/** Plan two people and one proposal, confirm, skip the warm-up and choose the proposal: step 1 of case 1. */
function toFirstCase(host: SessionHost, options: { autoAdvance?: boolean } = {}) {
  ok(host.begin(false));
  if (options.autoAdvance) ok(send(host, 'supervisor', { type: 'SET_AUTO_ADVANCE', enabled: true }));
  for (const name of NAMES) ok(send(host, 'supervisor', { type: 'ADD_PARTICIPANT', id: 'x', name }));
  ok(send(host, 'supervisor', { type: 'CONFIRM_PLAN' }));
  ok(send(host, 'supervisor', { type: 'FINISH_OPENING' }));
  ok(send(host, 'supervisor', { type: 'ADD_PROPOSAL', id: 'x', title: TITLE, presenterId: null, criteria: [] }));
  const proposalId = host.state()!.context.proposals[0]!.id;
  ok(send(host, 'supervisor', { type: 'CHOOSE_PROPOSAL', id: proposalId, caseId: 'x' }));
}

const current = (host: SessionHost, role: WindowRole = 'supervisor') => host.view(role)?.current ?? null;
const logKinds = (host: SessionHost) => host.state()!.context.log.map((e: LogEntry) => e.kind);

async function filesUnder(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const out: { path: string; bytes: Buffer }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else out.push({ path, bytes: await readFile(path) });
  }
  return out;
}

describe('what the session file on disk holds', () => {
  it('keeps names and case titles out of the plain session file and gives them to the vault instead', async () => {
    const host = newHost();
    toFirstCase(host);
    ok(send(host, 'supervisor', { type: 'SET_FACILITATOR', role: 'supervisor', name: 'Marleen Bos' }));
    ok(send(host, 'supervisor', { type: 'SET_FACILITATOR', role: 'second', name: 'Koen Tijd' }));
    await host.flush();

    const onDisk = JSON.parse(await readFile(sessionFile(), 'utf8'));
    expect(onDisk.format).toBe('kring-session');
    expect(onDisk.value).toEqual({ case: 'inbreng' });
    expect(onDisk.context.plan.participants).toHaveLength(2);

    const secrets = [...NAMES, TITLE, 'Marleen Bos', 'Koen Tijd'];
    for (const file of await filesUnder(join(dataDir, 'session'))) {
      for (const secret of secrets) expect(file.bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${file.path}`).toBe(false);
    }

    const last = content.saves.at(-1)!;
    expect(last.participants.map((p) => p.name)).toEqual(NAMES);
    expect(last.proposals.map((p) => p.title)).toEqual([TITLE]);
    expect(last.supervisorName).toBe('Marleen Bos');
    expect(last.sessionId).toBe(onDisk.context.id);
  });
});

describe('the deadline timer', () => {
  it('moves on to the next step by itself at time-up when auto-advance is on', () => {
    const host = newHost();
    toFirstCase(host, { autoAdvance: true });
    ok(send(host, 'timekeeper', { type: 'START' }));
    expect(current(host)?.stepIndex).toBe(0);

    clock.advance(5 * MIN - SEC);
    expect(current(host)?.stepIndex).toBe(0);
    clock.advance(2 * SEC);

    expect(current(host)?.stepIndex).toBe(1);
    expect(current(host)?.stepId).toBe('stille-inventaris');
    expect(current(host)?.timer.status).toBe('running');
    expect(logKinds(host)).toContain('auto-advanced');
  });

  it('shows overtime and pushes a fresh view at time-up when auto-advance is off', () => {
    const host = newHost();
    toFirstCase(host);
    ok(send(host, 'timekeeper', { type: 'START' }));
    let pushes = 0;
    host.subscribe(() => pushes++);

    clock.advance(5 * MIN - SEC);
    expect(pushes).toBe(0);
    clock.advance(2 * SEC);

    expect(pushes).toBeGreaterThanOrEqual(1);
    expect(current(host)?.stepIndex).toBe(0);
    expect(current(host, 'circle')?.timer.status).toBe('overtime');
    expect(logKinds(host)).not.toContain('auto-advanced');
  });
});

describe('restoring after a restart', () => {
  it('puts a running step back with the time the app was closed counted', async () => {
    const first = newHost();
    toFirstCase(first);
    ok(send(first, 'supervisor', { type: 'START' }));
    clock.advance(2 * MIN);
    await first.flush();
    first.dispose();

    clock.advance(1 * MIN); // the app was closed for a minute; the circle went on talking
    const second = newHost();
    await second.restore();

    const view = second.view('supervisor');
    expect(view?.role).toBe('supervisor');
    expect(view?.phase).toBe('case');
    expect(view?.current?.stepIndex).toBe(0);
    expect(view?.current?.timer.status).toBe('running');
    expect(view?.current?.timer.remainingMs).toBe(2 * MIN);
    expect(view?.role === 'supervisor' && view.plan.participants.map((p) => p.name)).toEqual(NAMES);
    expect(view?.role === 'supervisor' && view.proposals[0]?.title).toBe(TITLE);
    expect(logKinds(second)).toContain('restored');
  });

  it('puts a paused step back with exactly the time it had', async () => {
    const first = newHost();
    toFirstCase(first);
    ok(send(first, 'supervisor', { type: 'START' }));
    clock.advance(2 * MIN);
    ok(send(first, 'supervisor', { type: 'PAUSE' }));
    await first.flush();
    first.dispose();

    clock.advance(10 * MIN);
    const second = newHost();
    await second.restore();

    expect(second.view('timekeeper')?.phase).toBe('case');
    expect(current(second)?.stepIndex).toBe(0);
    expect(current(second)?.timer.status).toBe('paused');
    expect(current(second)?.timer.remainingMs).toBe(3 * MIN);
  });

  it('moves on at restore when auto-advance is on and the deadline passed while the app was closed', async () => {
    const first = newHost();
    toFirstCase(first, { autoAdvance: true });
    ok(send(first, 'supervisor', { type: 'START' }));
    clock.advance(4 * MIN);
    await first.flush();
    first.dispose();

    clock.advance(2 * MIN);
    const second = newHost();
    await second.restore();
    expect(current(second)?.stepIndex).toBe(1);
    expect(current(second)?.timer.status).toBe('running');
  });

  it('starts with no session when there is no session file', async () => {
    const host = newHost();
    await host.restore();
    expect(host.status()).toBe('none');
    expect(notices).toEqual([]);
  });
});

describe('a session file that cannot be restored', () => {
  async function validFileBytes(): Promise<string> {
    const host = newHost();
    toFirstCase(host);
    await host.flush();
    host.dispose();
    return readFile(sessionFile(), 'utf8');
  }

  const cases: { name: string; make: (valid: string) => string; nl: RegExp }[] = [
    { name: 'garbage', make: () => 'dit is geen sessie \u0000\u00ff{{', nl: /apart gezet/ },
    { name: 'an empty file', make: () => '', nl: /apart gezet/ },
    { name: 'a file cut off halfway', make: (valid) => valid.slice(0, Math.floor(valid.length / 2)), nl: /apart gezet/ },
    { name: 'a wrong version', make: (valid) => JSON.stringify({ ...JSON.parse(valid), version: 0 }), nl: /onbekende versie/ },
    { name: 'a newer version', make: (valid) => JSON.stringify({ ...JSON.parse(valid), version: 99 }), nl: /nieuwere versie/ },
    { name: 'a damaged context', make: (valid) => JSON.stringify({ ...JSON.parse(valid), context: { id: 'x' } }), nl: /beschadigd/ },
  ];

  for (const c of cases) {
    it(`sets ${c.name} aside, says so in Dutch and starts with no session`, async () => {
      const bad = c.make(await validFileBytes());
      await writeFile(sessionFile(), bad);
      notices.length = 0;

      const host = newHost();
      await host.restore();

      expect(host.status()).toBe('none');
      expect(host.view('supervisor')).toBeNull();
      await expect(readFile(sessionFile())).rejects.toMatchObject({ code: 'ENOENT' });
      const kept = await readdir(setAsideDir());
      expect(kept).toHaveLength(1);
      expect(await readFile(join(setAsideDir(), kept[0]!), 'utf8')).toBe(bad);

      expect(notices).toHaveLength(1);
      expect(notices[0]!.message.nl).toMatch(/De vorige sessie kon niet worden hersteld/);
      expect(notices[0]!.message.nl).toMatch(c.nl);
      expect(notices[0]!.message.en.length).toBeGreaterThan(0);

      // And a new session can begin in its place.
      ok(host.begin(false));
      await host.flush();
      expect(JSON.parse(await readFile(sessionFile(), 'utf8')).format).toBe('kring-session');
    });
  }
});

describe('the computer clock jumps', () => {
  it('keeps the right time left when the wall clock jumps forward and back, and logs each jump', () => {
    const host = newHost();
    host.start();
    toFirstCase(host);
    ok(send(host, 'supervisor', { type: 'START' }));
    clock.advance(1 * MIN);
    expect(current(host)?.timer.remainingMs).toBe(4 * MIN);

    clock.jumpWall(60 * MIN); // e.g. a time-zone or NTP correction
    clock.advance(2 * SEC); // the watchdog looks
    expect(current(host)?.timer.remainingMs).toBe(4 * MIN - 2 * SEC);
    expect(current(host)?.timer.deadline).toBe(clock.now() + 4 * MIN - 2 * SEC);

    clock.jumpWall(-120 * MIN);
    clock.advance(2 * SEC);
    expect(current(host)?.timer.remainingMs).toBe(4 * MIN - 4 * SEC);
    expect(current(host)?.timer.status).toBe('running');

    const jumps = host.state()!.context.log.filter((e) => e.kind === 'clock-jump');
    expect(jumps.map((e) => e.ms)).toEqual([60 * MIN, -120 * MIN]);
    expect(notices.filter((n) => n.message.nl.includes('klok'))).toHaveLength(2);
  });

  it('does not take ordinary passing time for a jump', () => {
    const host = newHost();
    host.start();
    toFirstCase(host);
    ok(send(host, 'supervisor', { type: 'START' }));
    clock.advance(3 * MIN);
    expect(logKinds(host)).not.toContain('clock-jump');
    expect(current(host)?.timer.remainingMs).toBe(2 * MIN);
  });
});

describe('the computer sleeps during a step', () => {
  for (const order of ['watchdog first', 'resume event first'] as const) {
    it(`counts the sleep as time that passed in the room (${order})`, () => {
      const host = newHost();
      host.start();
      toFirstCase(host);
      ok(send(host, 'supervisor', { type: 'START' }));
      clock.advance(1 * MIN);

      host.noteSuspend();
      clock.sleep(3 * MIN); // the lid was closed: wall clock ran on, the monotonic clock and timers did not
      if (order === 'watchdog first') {
        clock.advance(2 * SEC);
        host.resync();
      } else {
        host.resync();
        clock.advance(2 * SEC);
      }

      expect(current(host)?.timer.remainingMs).toBe(1 * MIN - 2 * SEC);
      expect(logKinds(host)).not.toContain('clock-jump');
      expect(notices).toEqual([]);
    });
  }

  it('counts the sleep too when the monotonic clock also ran on', () => {
    const host = newHost();
    host.start();
    toFirstCase(host);
    ok(send(host, 'supervisor', { type: 'START' }));
    host.noteSuspend();
    clock.sleep(2 * MIN, true);
    host.resync();
    expect(current(host)?.timer.remainingMs).toBe(3 * MIN);
  });

  it('shows overtime after a sleep past the deadline', () => {
    const host = newHost();
    host.start();
    toFirstCase(host);
    ok(send(host, 'supervisor', { type: 'START' }));
    let pushes = 0;
    host.subscribe(() => pushes++);
    host.noteSuspend();
    clock.sleep(7 * MIN);
    host.resync();
    expect(pushes).toBeGreaterThanOrEqual(1);
    expect(current(host, 'circle')?.timer.status).toBe('overtime');
    expect(current(host, 'circle')?.timer.overtimeMs).toBe(2 * MIN);
  });

  it('moves on at resume when auto-advance is on and the deadline passed during the sleep', () => {
    const host = newHost();
    host.start();
    toFirstCase(host, { autoAdvance: true });
    ok(send(host, 'supervisor', { type: 'START' }));
    host.noteSuspend();
    clock.sleep(6 * MIN);
    host.resync();
    expect(current(host)?.stepIndex).toBe(1);
    expect(logKinds(host)).toContain('auto-advanced');
  });
});

describe('while the vault is locked', () => {
  it('refuses commands that carry typed text, and keeps the time controls working', () => {
    const host = newHost();
    toFirstCase(host);
    const before = host.state()!.context;
    const participantId = before.plan.participants[0]!.id;
    const proposalId = before.proposals[0]!.id;
    content.setOpen(false);

    const textCommands: LooseCommand[] = [
      { type: 'ADD_PARTICIPANT', id: 'x', name: 'Nieuwe Naam' },
      { type: 'RENAME_PARTICIPANT', id: participantId, name: 'Andere Naam' },
      { type: 'SET_FACILITATOR', role: 'supervisor', name: 'Iemand' },
      { type: 'ADD_PROPOSAL', id: 'x', title: 'Nog een casus', presenterId: null, criteria: [] },
      { type: 'EDIT_PROPOSAL', id: proposalId, title: 'Andere titel' },
    ];
    for (const command of textCommands) {
      const reply = send(host, 'supervisor', command);
      expect(refusalCode(reply), command.type).toBe('vault-locked');
      if (!reply.ok) expect(reply.error.message.nl).toMatch(/vergrendeld/);
    }
    expect(host.state()!.context.plan).toEqual(before.plan);
    expect(host.state()!.context.proposals).toEqual(before.proposals);

    ok(send(host, 'timekeeper', { type: 'START' }));
    clock.advance(1 * MIN);
    ok(send(host, 'timekeeper', { type: 'PAUSE' }));
    ok(send(host, 'timekeeper', { type: 'RESUME' }));
    ok(send(host, 'supervisor', { type: 'EXTEND', ms: 2 * MIN }));
    expect(current(host)?.timer.remainingMs).toBe(6 * MIN);
    ok(send(host, 'timekeeper', { type: 'NEXT' }));
    expect(current(host)?.stepIndex).toBe(1);
  });

  it('does not begin a new session (its names could not be kept)', () => {
    const host = newHost();
    content.setOpen(false);
    expect(refusalCode(host.begin(false))).toBe('vault-locked');
    expect(host.status()).toBe('none');
  });
});

describe('who may give which command', () => {
  it('lets the timekeeper work the time controls, and nothing else', () => {
    const host = newHost();
    toFirstCase(host);
    const tk = (command: LooseCommand) => send(host, 'timekeeper', command);
    ok(tk({ type: 'START' }));
    clock.advance(30 * SEC);
    ok(tk({ type: 'PAUSE' }));
    ok(tk({ type: 'RESUME' }));
    ok(tk({ type: 'EXTEND', ms: MIN }));
    ok(tk({ type: 'SHORTEN', ms: 30 * SEC }));
    ok(tk({ type: 'NEXT' }));
    expect(current(host)?.stepIndex).toBe(1);
    ok(tk({ type: 'BACK' }));
    expect(current(host)?.stepIndex).toBe(0);

    const proposals = host.state()!.context.proposals;
    for (const command of [
      { type: 'ADD_PROPOSAL', id: 'x', title: 'Van de tijdbewaker', presenterId: null, criteria: [] },
      { type: 'ADD_PARTICIPANT', id: 'x', name: 'Tijdbewaker' },
      { type: 'SET_AUTO_ADVANCE', enabled: true },
      { type: 'SET_STEP_MINUTES', stepId: 'vragen', minutes: 20 },
      { type: 'CLOSE_SESSION' },
    ] satisfies LooseCommand[]) {
      const reply = tk(command);
      expect(refusalCode(reply), command.type).toBe('role-not-allowed');
      if (!reply.ok) expect(reply.error.message.nl).toMatch(/tijd/);
    }
    expect(host.state()!.context.proposals).toEqual(proposals);
    expect(host.state()!.context.plan.autoAdvance).toBe(false);
  });

  it('lets the circle display give no command at all', () => {
    const host = newHost();
    toFirstCase(host);
    const log = host.state()!.context.log.length;
    for (const command of [
      { type: 'START' },
      { type: 'PAUSE' },
      { type: 'NEXT' },
      { type: 'EXTEND', ms: MIN },
      { type: 'ADD_PROPOSAL', id: 'x', title: 'Vanaf het kringscherm', presenterId: null, criteria: [] },
    ] satisfies LooseCommand[]) {
      expect(refusalCode(send(host, 'circle', command)), command.type).toBe('role-not-allowed');
    }
    expect(current(host)?.timer.status).toBe('not-started');
    expect(host.state()!.context.log).toHaveLength(log);
  });


});

describe('when the disk will not take the session file', () => {
  it('gives an error notice and leaves the last complete file when the folder is read-only (skipped as root: chmod does not stop root)', async (ctx) => {
    const host = newHost();
    toFirstCase(host);
    await host.flush();
    const before = await readFile(sessionFile(), 'utf8');
    const dir = join(dataDir, 'session');
    await chmod(dir, 0o500);
    try {
      const probe = join(dir, 'probe');
      const chmodWorks = await writeFile(probe, 'x').then(
        async () => {
          await unlink(probe);
          return false;
        },
        () => true,
      );
      if (!chmodWorks) ctx.skip('running as root (or on a file system without permissions): chmod 0o500 does not stop writes');

      ok(send(host, 'supervisor', { type: 'START' }));
      clock.advance(MIN);
      ok(send(host, 'supervisor', { type: 'PAUSE' }));
      await host.flush();

      const errors = notices.filter((n) => n.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]!.message.nl).toMatch(/alleen-lezen|niet schrijven/);
      expect(await readFile(sessionFile(), 'utf8')).toBe(before);
      expect(await readdir(dir)).toEqual(['current.json']);
      expect(host.status()).toBe('active');
    } finally {
      await chmod(dir, 0o700);
    }
  });

  it('gives an error notice and writes nothing when the session folder cannot be made', async () => {
    await writeFile(join(dataDir, 'session'), 'in de weg'); // a file where the folder should be
    const host = newHost();
    toFirstCase(host);
    await host.flush();

    const errors = notices.filter((n) => n.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message.nl.length).toBeGreaterThan(20);
    expect(await readdir(dataDir)).toEqual(['session']);
    expect(await readFile(join(dataDir, 'session'), 'utf8')).toBe('in de weg');
    expect(host.status()).toBe('active'); // the circle's clock goes on in memory
    expect(content.saves.length).toBeGreaterThan(0);
  });

  it('warns again when saving fails again after it had worked in between', async () => {
    const blocker = join(dataDir, 'session');
    await writeFile(blocker, 'in de weg');
    const host = newHost();
    toFirstCase(host);
    await host.flush();
    expect(notices.filter((n) => n.level === 'error')).toHaveLength(1);

    await unlink(blocker);
    ok(send(host, 'supervisor', { type: 'START' }));
    await host.flush();
    expect(JSON.parse(await readFile(sessionFile(), 'utf8')).format).toBe('kring-session');

    await rm(blocker, { recursive: true });
    await writeFile(blocker, 'weer in de weg');
    ok(send(host, 'supervisor', { type: 'PAUSE' }));
    await host.flush();
    expect(notices.filter((n) => n.level === 'error')).toHaveLength(2);
  });

  it('does not repeat the same error notice for every change while the problem lasts', async () => {
    await writeFile(join(dataDir, 'session'), 'in de weg');
    const host = newHost();
    toFirstCase(host);
    await host.flush();
    ok(send(host, 'supervisor', { type: 'START' }));
    await host.flush();
    ok(send(host, 'supervisor', { type: 'PAUSE' }));
    await host.flush();
    expect(notices.filter((n) => n.level === 'error')).toHaveLength(1);
  });
});
