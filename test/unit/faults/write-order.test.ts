/**
 * What makes a kill at any moment safe, pinned down without timing luck: names and titles reach
 * the vault before the plain session file that lists them, and a session command is answered
 * only once its change is on disk.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import { createSessionHost } from '../../../electron/main/services/session-host.ts';
import type { ContentStore, SessionHost } from '../../../electron/main/services/session-host.ts';
import { systemClock } from '../../../electron/main/services/clock.ts';
import type { SettingsBacking } from '../../../electron/main/services/settings-service.ts';
import type { SessionContent } from '../../../shared/session/index.ts';
import type { WindowRole } from '../../../shared/ipc/index.ts';
import { aimAt, dispatchAimed } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';

/** A window with the latest view gives the host a command (aimed at the move it shows). */
const send = (h: { command: SessionHost['command']; state: SessionHost['state'] }, role: WindowRole, command: LooseCommand) =>
  h.command(role, aimAt(command, h.state()?.context.moves ?? 0));

let dataDir: string;
let host: SessionHost | null = null;
let services: AppServices | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-order-'));
});

afterEach(async () => {
  host?.dispose();
  await host?.flush();
  host = null;
  if (services) {
    await services.flush();
    services.dispose();
    services = null;
  }
  await rm(dataDir, { recursive: true, force: true });
});

const sessionFile = () => join(dataDir, 'session', 'current.json');
const participantsOnDisk = async (): Promise<number> =>
  ((JSON.parse(await readFile(sessionFile(), 'utf8')) as { context: { plan: { participants: unknown[] } } } | null)?.context.plan.participants ?? []).length;

describe('the order of writes', () => {
  it('puts a new name in the vault before the session file lists it (a crash in between loses nothing)', async () => {
    // A vault whose next save hangs until released: the moment a kill could fall.
    const saved: SessionContent[] = [];
    let release: () => void = () => undefined;
    let hold = false;
    const content: ContentStore = {
      canStore: () => true,
      async save(value) {
        if (hold) await new Promise<void>((resolve) => (release = resolve));
        saved.push(structuredClone(value));
      },
      load: async () => saved.at(-1),
    };
    host = createSessionHost({ dataDir, clock: systemClock, content, notify: () => undefined });
    expect(host.begin(false).ok).toBe(true);
    await host.flush();
    expect(await participantsOnDisk()).toBe(0);

    hold = true;
    expect(send(host, 'supervisor', { type: 'ADD_PARTICIPANT', id: '', name: 'Anna Vermeulen' }).ok).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    // The vault has not got the name yet: the file must not list her yet either.
    expect(await participantsOnDisk()).toBe(0);

    release();
    await host.flush();
    expect(saved.at(-1)!.participants.map((p) => p.name)).toEqual(['Anna Vermeulen']);
    expect(await participantsOnDisk()).toBe(1);
  });

  it('tells all three windows about a new name before saving it begins, and holds the answer until it is saved', async () => {
    // A slow disk (or a slow laptop encrypting): the moment saving begins, what has each window been told?
    const windows = { supervisor: [] as string[][], timekeeper: [] as number[], circle: [] as string[] };
    const toldWhenSaveBegan: (typeof windows)[] = [];
    let release: () => void = () => undefined;
    let hold = false;
    const content: ContentStore = {
      canStore: () => true,
      async save() {
        if (!hold) return;
        toldWhenSaveBegan.push(structuredClone(windows));
        await new Promise<void>((resolve) => (release = resolve));
      },
      load: async () => undefined,
    };
    host = createSessionHost({ dataDir, clock: systemClock, content, notify: () => undefined });
    const h = host;
    h.subscribe(() => {
      const supervisor = h.view('supervisor');
      const timekeeper = h.view('timekeeper');
      const circle = h.view('circle');
      if (supervisor?.role === 'supervisor') windows.supervisor.push(supervisor.plan.participants.map((p) => p.name));
      if (timekeeper?.role === 'timekeeper') windows.timekeeper.push(timekeeper.move);
      if (circle?.role === 'circle') windows.circle.push(circle.phase);
    });
    expect(h.begin(false).ok).toBe(true);
    await h.flush();
    hold = true;
    const pushesBefore = { timekeeper: windows.timekeeper.length, circle: windows.circle.length };

    expect(send(h, 'supervisor', { type: 'ADD_PARTICIPANT', id: '', name: 'Anna Vermeulen' }).ok).toBe(true);
    let saved = false;
    const flushed = h.flush().then(() => (saved = true));
    await new Promise((r) => setTimeout(r, 50));

    try {
      expect(toldWhenSaveBegan).toHaveLength(1);
      const told = toldWhenSaveBegan[0]!;
      expect(told.supervisor.at(-1)).toEqual(['Anna Vermeulen']);
      expect(told.timekeeper.length).toBe(pushesBefore.timekeeper + 1);
      expect(told.circle.length).toBe(pushesBefore.circle + 1);
      // Not saved yet: whatever waits for the disk (the command's answer) still waits.
      expect(saved).toBe(false);
      expect(await participantsOnDisk()).toBe(0);
    } finally {
      release(); // also when a check failed: the clean-up flushes
    }
    await flushed;
    expect(await participantsOnDisk()).toBe(1);
  });

  it('answers a session command only once the change is on disk', async () => {
    let stored: unknown;
    const settings: SettingsBacking = { read: () => stored, write: (v) => void (stored = structuredClone(v)) };
    services = await createAppServices({ dataDir, clock: systemClock, settings, transport: 'websocket', kdf: { N: 2 ** 10, r: 8, p: 1 } });
    expect((await dispatchAimed(services)('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' })).ok).toBe(true);
    expect((await dispatchAimed(services)('supervisor', 'session.begin', { replace: false })).ok).toBe(true);
    for (const name of ['Anna Vermeulen', 'Bram Peeters', 'Chris Janssens']) {
      const reply = await dispatchAimed(services)('supervisor', 'session.command', { type: 'ADD_PARTICIPANT', id: '', name });
      expect(reply.ok).toBe(true);
      // No flush: what was acknowledged is already there.
      expect(await participantsOnDisk()).toBe(services.host.state()!.context.plan.participants.length);
    }
  });
});
