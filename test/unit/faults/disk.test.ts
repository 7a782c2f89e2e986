/**
 * Fault test: a full disk and a read-only data folder, for real — a tiny tmpfs mounted as the
 * data folder (Linux, as root). Saving a note or changing the session then gives a clear Dutch
 * message (the reply, or a notice for what is saved in the background), nothing is half-written,
 * the previous contents stay intact, and once there is room again everything saves with no temp
 * file left behind. Where mounting is not possible the tests say why they skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, rmdir, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import { systemClock } from '../../../electron/main/services/clock.ts';
import type { KdfCost } from '../../../electron/main/vault/index.ts';
import type { AppStatus, Note, Push, Reply, Settings } from '../../../shared/ipc/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import type { SupervisorView } from '../../../shared/session/index.ts';

const CHEAP_KDF: KdfCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'koffie bij de kring om negen';
const FIRST = 'Eerste versie van de notitie: het woord vertrouwen blijft staan.';

let mountPoint: string;
let mounted = false;
let skipReason: string | null = null;
let services: AppServices | null = null;

function mountTmpfs(dir: string): string | null {
  if (process.platform !== 'linux') return `not Linux (${process.platform}): no tmpfs to fill`;
  if (process.getuid?.() !== 0) return 'not root: mounting a tmpfs needs root';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k,mode=0700', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed (${String((error as { stderr?: Buffer }).stderr ?? error).trim()}): no real full or read-only disk here`;
  }
}

function unmount(dir: string) {
  try {
    execFileSync('umount', [dir], { stdio: 'pipe' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

beforeEach(async () => {
  mountPoint = await mkdtemp(join(tmpdir(), 'kring-disk-'));
  skipReason = mountTmpfs(mountPoint);
  mounted = skipReason === null;
});

afterEach(async () => {
  if (services) {
    await services.flush().catch(() => undefined);
    services.dispose();
    services = null;
  }
  if (mounted) {
    try {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'pipe' });
    } catch {
      // unmounting is what matters
    }
    unmount(mountPoint);
    mounted = false;
  }
  await rmdir(mountPoint).catch(() => rm(mountPoint, { recursive: true, force: true }));
});

/** Every file under the data folder with its bytes (temp files included, so leftovers show). */
async function files(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  const walk = async (rel: string) => {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else found.set(path, await readFile(join(dir, path)));
    }
  };
  await walk('');
  return found;
}

const tempFiles = (all: Map<string, Buffer>) => [...all.keys()].filter((p) => p.split('/').at(-1)!.endsWith('.tmp'));

async function call<T = unknown>(channel: string, req: unknown = {}): Promise<Reply<T>> {
  return (await dispatchAimed(services!)('supervisor', channel, req)) as Reply<T>;
}

async function ok<T = unknown>(channel: string, req: unknown = {}): Promise<T> {
  const reply = await call<T>(channel, req);
  expect(reply.ok, `${channel}: ${JSON.stringify(reply)}`).toBe(true);
  return (reply as { value: T }).value;
}

/** A running session with a note, all on disk; returns the pushes a supervisor window receives. */
async function setUp(): Promise<{ pushes: Push[]; sessionId: string; store: Conf<Record<string, unknown>> }> {
  const store = new Conf<Record<string, unknown>>({ cwd: mountPoint, configName: 'settings', projectName: 'kring' });
  services = await createAppServices({
    dataDir: mountPoint,
    clock: systemClock,
    transport: 'websocket',
    kdf: CHEAP_KDF,
    settings: { read: () => store.store, write: (v: Settings) => void (store.store = { ...v }) },
  });
  const pushes: Push[] = [];
  services.connect('supervisor', (p) => pushes.push(p));
  await ok('vault.create', { passphrase: PASSPHRASE });
  await ok('settings.set', { sound: false });
  await ok('session.begin', { replace: false });
  await ok('session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'Anna Vermeulen' });
  await ok('session.command', { type: 'CONFIRM_PLAN' });
  await ok('session.command', { type: 'FINISH_OPENING' });
  await ok('session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: [] });
  const view = (await ok<SupervisorView>('session.view'))!;
  await ok('session.command', { type: 'CHOOSE_PROPOSAL', id: view.proposals[0]!.id, caseId: '' });
  await ok('session.command', { type: 'START' });
  await ok('notes.save', { caseId: null, stepId: 'inbreng', text: FIRST });
  await services.flush();
  return { pushes, sessionId: view.sessionId, store };
}

/** Fill the file system to the last byte. */
async function fill(dir: string): Promise<string> {
  const filler = join(dir, 'filler');
  for (const size of [64 * 1024, 4 * 1024, 512, 1]) {
    const chunk = Buffer.alloc(size, 0x78);
    try {
      for (;;) await appendFile(filler, chunk);
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    }
  }
  return filler;
}

function noticesOf(pushes: Push[]): string[] {
  return pushes.flatMap((p) => (p.type === 'status' ? p.status.notices.map((n) => n.message.nl) : []));
}

async function noteText(sessionId: string): Promise<string | undefined> {
  const notes = await ok<Note[]>('notes.list', { sessionId });
  return notes.find((n) => n.stepId === 'inbreng')?.text;
}

describe('a full disk', () => {
  it('says so clearly, half-writes nothing, keeps the previous contents, and saves again once there is room', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const { pushes, sessionId } = await setUp();
    const before = await files(mountPoint);
    const filler = await fill(mountPoint);

    // A note: the reply says the disk is full; the note on disk is the previous version.
    const longer = `${FIRST}\n${'Tweede versie, veel langer. '.repeat(400)}`;
    const saved = await call('notes.save', { caseId: null, stepId: 'inbreng', text: longer });
    expect(saved.ok).toBe(false);
    if (!saved.ok) {
      expect(saved.error.code).toBe('disk-full');
      expect(saved.error.message.nl).toMatch(/De schijf is vol\. Er is niets half opgeslagen/);
    }
    expect(await noteText(sessionId)).toBe(FIRST);

    // Session changes go on in memory; saving them in the background fails with a notice.
    await ok('session.command', { type: 'PAUSE' });
    await ok('session.command', { type: 'EXTEND', ms: 60_000 });
    await ok('session.command', { type: 'ADD_PARTICIPANT', id: '', name: 'Bram Peeters' });
    expect(noticesOf(pushes).join('\n')).toMatch(/De schijf is vol/);
    const status = await ok<AppStatus>('app.status');
    expect(status.notices.filter((n) => n.level === 'error').length).toBeGreaterThan(0);
    expect(services!.host.status()).toBe('active');

    // Settings that cannot be written: a clear refusal, the old ones stay in force.
    const set = await call('settings.set', { sound: true });
    expect(set.ok).toBe(false);
    if (!set.ok) expect(set.error.message.nl).toMatch(/De schijf is vol/);
    expect((await ok<Settings>('settings.get')).sound).toBe(false);

    // Nothing half-written: every file that was there is byte for byte the same; no temp files.
    const during = await files(mountPoint);
    during.delete('filler');
    expect(tempFiles(during)).toEqual([]);
    for (const [path, bytes] of before) expect(during.get(path)?.equals(bytes), `${path} unchanged`).toBe(true);
    expect([...during.keys()].sort()).toEqual([...before.keys()].sort());

    // Room again: everything saves, the newest state lands whole, no temp file is left.
    await rm(filler);
    await ok('notes.save', { caseId: null, stepId: 'inbreng', text: longer });
    await ok('session.command', { type: 'RESUME' });
    await ok('settings.set', { sound: true });
    await services!.flush();
    expect(await noteText(sessionId)).toBe(longer);
    const after = await files(mountPoint);
    expect(tempFiles(after)).toEqual([]);
    const session = JSON.parse(after.get('session/current.json')!.toString('utf8')) as { format: string; context: { plan: { participants: unknown[] } } };
    expect(session.format).toBe('kring-session');
    expect(session.context.plan.participants).toHaveLength(2);
    const view = (await ok<SupervisorView>('session.view'))!;
    expect(view.plan.participants.map((p) => p.name)).toEqual(['Anna Vermeulen', 'Bram Peeters']);
  });
});

describe('a read-only data folder', () => {
  it('says so clearly, changes nothing on disk, and saves again once it is writable', async (ctx) => {
    if (skipReason) ctx.skip(skipReason);
    const { pushes, sessionId } = await setUp();
    const before = await files(mountPoint);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint], { stdio: 'pipe' });
    try {
      // Proof that it really is read-only, even for root.
      await expect(writeFile(join(mountPoint, 'probe'), 'x')).rejects.toMatchObject({ code: 'EROFS' });

      const saved = await call('notes.save', { caseId: null, stepId: 'inbreng', text: 'Mag niet op schijf komen.' });
      expect(saved.ok).toBe(false);
      if (!saved.ok) {
        expect(saved.error.code).toBe('read-only');
        expect(saved.error.message.nl).toMatch(/Kring mag hier niet schrijven \(de map is alleen-lezen/);
      }
      expect(await noteText(sessionId)).toBe(FIRST);
      await ok('session.command', { type: 'PAUSE' });
      expect(noticesOf(pushes).join('\n')).toMatch(/alleen-lezen/);
      const set = await call('settings.set', { sound: true });
      expect(set.ok).toBe(false);
      if (!set.ok) expect(set.error.message.nl).toMatch(/alleen-lezen/);

      const during = await files(mountPoint);
      expect([...during.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [path, bytes] of before) expect(during.get(path)!.equals(bytes), `${path} unchanged`).toBe(true);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint], { stdio: 'pipe' });
    }
    await ok('notes.save', { caseId: null, stepId: 'inbreng', text: 'Nu wel bewaard.' });
    await ok('session.command', { type: 'RESUME' });
    await services!.flush();
    expect(await noteText(sessionId)).toBe('Nu wel bewaard.');
    const after = await files(mountPoint);
    expect(tempFiles(after)).toEqual([]);
    expect(JSON.parse(after.get('session/current.json')!.toString('utf8')).format).toBe('kring-session');
  });
});
