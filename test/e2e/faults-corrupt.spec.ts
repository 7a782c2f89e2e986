/**
 * Fault test: every file the app writes, damaged four ways (cut in half, random bytes, empty,
 * a wrong version field where there is one). Each time the services still start, say in Dutch
 * what they set aside or reset, and keep everything else: the other notes, the session, the
 * settings, the vault. A damaged vault.json opens nothing and changes nothing.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { AppStatus, Note, Settings } from '../../shared/ipc/index.ts';
import type { SupervisorView } from '../../shared/session/index.ts';
import { faultSeed, seededRandom } from '../support/seeded-random.ts';
import { startKring } from './kring-process.ts';
import { connect } from './node-client.ts';
import type { NodeClient } from './node-client.ts';

const PASSPHRASE = 'een lange zin om de kluis te openen';
const rng = seededRandom(faultSeed(4242));

type Corruption = 'truncate' | 'random' | 'empty' | 'version';
type FileKind = 'session' | 'vault-header' | 'record' | 'settings' | 'browser-access' | 'attempts';

interface Golden {
  dir: string;
  sessionId: string;
  notes: Note[];
  /** The note whose record file gets damaged. */
  victim: Note;
  victimFile: string;
}

let golden: Golden;

/** The vault's file name for a note (same derivation as the records service: hash of what it holds a place for). */
function noteRecordFile(note: Pick<Note, 'sessionId' | 'caseId' | 'stepId'>): string {
  const id = createHash('sha256')
    .update(['note', note.sessionId, note.caseId, note.stepId].map((p) => p ?? '-').join('\u0000'))
    .digest('base64url')
    .slice(0, 43);
  return `vault/records/${id}.kv`;
}

const FILES: Record<FileKind, () => string> = {
  session: () => 'session/current.json',
  'vault-header': () => 'vault/vault.json',
  record: () => golden.victimFile,
  settings: () => 'settings.json',
  'browser-access': () => 'browser-access.json',
  attempts: () => 'vault/unlock-attempts.json',
};

/** Which corruptions apply: a version field only where the file has one. */
const CORRUPTIONS: Record<FileKind, Corruption[]> = {
  session: ['truncate', 'random', 'empty', 'version'],
  'vault-header': ['truncate', 'random', 'empty', 'version'],
  record: ['truncate', 'random', 'empty', 'version'],
  settings: ['truncate', 'random', 'empty'],
  'browser-access': ['truncate', 'random', 'empty'],
  attempts: ['truncate', 'random', 'empty', 'version'],
};

function corrupt(kind: FileKind, how: Corruption, bytes: Buffer): Buffer {
  switch (how) {
    case 'truncate':
      return bytes.subarray(0, Math.floor(bytes.length / 2));
    case 'random':
      return rng.bytes(bytes.length);
    case 'empty':
      return Buffer.alloc(0);
    case 'version': {
      if (kind === 'record') {
        const copy = Buffer.from(bytes);
        copy[3] = 99; // "KRV" + format version byte
        return copy;
      }
      const value = JSON.parse(bytes.toString('utf8')) as { version?: unknown };
      expect(value.version, `${kind} has a version field`).toBeDefined();
      return Buffer.from(JSON.stringify({ ...value, version: 99 }));
    }
  }
}

async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (rel: string) => {
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true }).catch(() => [])) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else files.set(path, await readFile(join(dir, path)));
    }
  };
  await walk('');
  return files;
}

async function command(c: NodeClient, type: string, extra: Record<string, unknown> = {}) {
  const reply = await c.call('session.command', { type, ...extra });
  expect(reply.ok, `${type}: ${JSON.stringify(reply)}`).toBe(true);
}

/** A data folder with everything the app writes: vault, notes, a session in step 2, settings, a failed attempt. */
async function makeGolden(): Promise<Golden> {
  const dir = await mkdtemp(join(tmpdir(), 'kring-golden-'));
  const app = await startKring({ dataDir: dir });
  try {
    const c = await connect(app.url('supervisor'));
    expect((await c.call('vault.create', { passphrase: PASSPHRASE })).ok).toBe(true);
    expect((await c.call('settings.set', { sound: false, autoLockMinutes: 30 })).ok).toBe(true);
    expect((await c.call('session.begin', { replace: false })).ok).toBe(true);
    for (const name of ['Anna Vermeulen', 'Bram Peeters']) await command(c, 'ADD_PARTICIPANT', { id: '', name });
    await command(c, 'CONFIRM_PLAN');
    await command(c, 'FINISH_OPENING');
    await command(c, 'ADD_PROPOSAL', { id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: ['worried'] });
    const proposal = (c.lastView<SupervisorView>()!).proposals[0]!;
    await command(c, 'CHOOSE_PROPOSAL', { id: proposal.id, caseId: '' });
    await command(c, 'START');
    const view = c.lastView<SupervisorView>()!;
    const caseId = view.cases[0]!.id;
    const save = async (stepId: string | null, text: string) => expect((await c.call('notes.save', { caseId, stepId, text })).ok).toBe(true);
    await save('inbreng', 'Eerste notitie: de inbreng over zorgen, woord kwetsbaarheid.');
    await command(c, 'NEXT');
    await save('stille-inventaris', 'Tweede notitie: stille inventaris, woord onmacht.');
    await save(null, 'Notitie over de hele casus: woord veerkracht.');
    const listed = await c.call<Note[]>('notes.list', { sessionId: view.sessionId });
    expect(listed.ok && listed.value.length).toBe(3);
    const notes = listed.ok ? listed.value : [];
    // One wrong passphrase, so the attempts file exists too.
    expect((await c.call('vault.lock')).ok).toBe(true);
    expect((await c.call('vault.unlock', { passphrase: 'niet het goede wachtwoord' })).ok).toBe(false);
    await c.close();
    const victim = notes.find((n) => n.stepId === 'stille-inventaris')!;
    return { dir, sessionId: view.sessionId, notes, victim, victimFile: noteRecordFile(victim) };
  } finally {
    await app.stop(); // SIGTERM: flushes; the folder stays (we passed it in)
  }
}

test.beforeAll(async () => {
  test.setTimeout(60_000);
  golden = await makeGolden();
  const files = await snapshot(golden.dir);
  for (const kind of Object.keys(FILES) as FileKind[]) expect(files.has(FILES[kind]()), `${FILES[kind]()} written`).toBe(true);
});

test.afterAll(async () => {
  if (golden) await rm(golden.dir, { recursive: true, force: true });
});

interface Outcome {
  status: AppStatus;
  /** Every notice a window was pushed, in Dutch. */
  pushedNotices: string[];
  unlock: { ok: boolean; code?: string; nl?: string };
  notes: Note[] | null;
  view: SupervisorView | null;
  settings: Settings;
  before: Map<string, Buffer>;
  after: Map<string, Buffer>;
  damaged: Buffer;
}

/** Copy the golden folder, damage one file, start, unlock, look around, stop. */
async function runCase(kind: FileKind, how: Corruption): Promise<Outcome> {
  const dir = await mkdtemp(join(tmpdir(), `kring-corrupt-${kind}-${how}-`));
  await cp(golden.dir, dir, { recursive: true });
  const file = FILES[kind]();
  const damaged = corrupt(kind, how, await readFile(join(dir, file)));
  await writeFile(join(dir, file), damaged);
  const before = await snapshot(dir);
  const app = await startKring({ dataDir: dir }); // resolves on KRING_READY: the app started
  try {
    const c = await connect(app.url('supervisor'));
    await c.waitForPush((p) => p.type === 'status');
    const unlocked = await c.call('vault.unlock', { passphrase: PASSPHRASE });
    const unlock = unlocked.ok ? { ok: true } : { ok: false, code: unlocked.error.code, nl: unlocked.error.message.nl };
    const listed = await c.call<Note[]>('notes.list', { sessionId: golden.sessionId });
    let view: SupervisorView | null = null;
    if (unlock.ok) {
      // Names come back from the vault right after unlock.
      await expect
        .poll(async () => {
          const r = await c.call<SupervisorView | null>('session.view');
          view = r.ok ? r.value : null;
          return view === null || view.plan.participants.every((p) => p.name !== '');
        })
        .toBe(true);
    }
    const settings = await c.call<Settings>('settings.get');
    const status = await c.call<AppStatus>('app.status');
    const pushedNotices = [...new Set(c.pushes.flatMap((p) => (p.type === 'status' ? p.status.notices.map((n) => n.message.nl) : [])))];
    await c.close();
    await app.stop();
    const after = await snapshot(dir);
    return {
      status: status.ok ? status.value : (undefined as never),
      pushedNotices,
      unlock,
      notes: listed.ok ? listed.value : null,
      view,
      settings: settings.ok ? settings.value : (undefined as never),
      before,
      after,
      damaged,
    };
  } finally {
    await app.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Run the cases two at a time (the machine has two cores; starting the services is the slow part). */
async function runAll(kind: FileKind): Promise<Map<Corruption, Outcome>> {
  const results = new Map<Corruption, Outcome>();
  const queue = [...CORRUPTIONS[kind]];
  await Promise.all(
    [0, 1].map(async () => {
      for (let how = queue.shift(); how; how = queue.shift()) results.set(how, await runCase(kind, how));
    }),
  );
  return results;
}

/** What the window was told: the notices in the status pushes (the same list app.status gives). */
const noticeTexts = (o: Outcome) => {
  expect(o.pushedNotices.sort()).toEqual(o.status.notices.map((n) => n.message.nl).sort());
  return o.pushedNotices;
};
const textsOf = (notes: Note[] | null) => (notes ?? []).map((n) => n.text).sort();

function expectSessionKept(o: Outcome) {
  expect(o.view?.phase).toBe('case');
  expect(o.view?.current?.stepId).toBe('stille-inventaris');
  expect(o.view?.plan.participants.map((p) => p.name)).toEqual(['Anna Vermeulen', 'Bram Peeters']);
}

function expectAllNotes(o: Outcome) {
  expect(textsOf(o.notes)).toEqual(textsOf(golden.notes));
}

function expectSettingsKept(o: Outcome) {
  expect(o.settings.sound).toBe(false);
  expect(o.settings.autoLockMinutes).toBe(30);
}

/** The file the app had to give up on is kept somewhere, byte for byte. */
function expectKeptAside(o: Outcome, folderPrefix: string) {
  const kept = [...o.after].filter(([path]) => path.startsWith(folderPrefix));
  expect(kept.length, `a copy under ${folderPrefix}`).toBeGreaterThan(0);
  expect(kept.some(([, bytes]) => bytes.equals(o.damaged)), 'the damaged bytes are kept as they were').toBe(true);
}

test.describe.configure({ timeout: 90_000 });

test('a damaged session file: set aside with a notice; the vault opens and every note is kept', async () => {
  for (const [how, o] of await runAll('session')) {
    await test.step(how, () => {
      expect(o.status.session, how).toBe('none');
      expect(noticeTexts(o).join('\n'), how).toMatch(/De vorige sessie kon niet worden hersteld en is apart gezet/);
      expect(o.unlock.ok, how).toBe(true);
      expectAllNotes(o);
      expectSettingsKept(o);
      expectKeptAside(o, 'session/set-aside/');
      expect(o.after.has('session/current.json'), 'no half file left in its place').toBe(false);
    });
  }
});

test('a damaged vault.json: the vault does not open, says why, and nothing is deleted or overwritten', async () => {
  for (const [how, o] of await runAll('vault-header')) {
    await test.step(how, () => {
      expect(o.status.vault, how).toBe('locked');
      expect(o.unlock.ok, how).toBe(false);
      if (how === 'version') {
        expect(o.unlock.code).toBe('unsupported-version');
        expect(o.unlock.nl).toMatch(/nieuwere versie van Kring/);
      } else {
        expect(o.unlock.code, how).toBe('corrupt-header');
        expect(o.unlock.nl).toMatch(/sleutelbestand van je kluis \(vault\.json\) is beschadigd.*Er is niets gewist/);
      }
      // Every vault file, the damaged header included, is exactly as it was.
      const vaultFiles = (m: Map<string, Buffer>) => [...m].filter(([p]) => p.startsWith('vault/') && !p.endsWith('unlock-attempts.json'));
      const before = new Map(vaultFiles(o.before));
      const after = new Map(vaultFiles(o.after));
      expect([...after.keys()].sort(), how).toEqual([...before.keys()].sort());
      for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), `${path} unchanged`).toBe(true);
      expect(o.notes, 'no note is shown from a vault that did not open').toBeNull();
      // The session and settings live outside the vault and are still there (names stay hidden).
      expect(o.status.session).toBe('active');
      expectSettingsKept(o);
    });
  }
});

test('a damaged note record: set aside with a notice; the other notes and the session are kept', async () => {
  for (const [how, o] of await runAll('record')) {
    await test.step(how, () => {
      expect(o.unlock.ok, how).toBe(true);
      expect(noticeTexts(o).join('\n'), how).toMatch(/Een notitie kon (niet|wel) worden (geopend|ontsleuteld).*apart gezet in de map "set-aside" en niet gewist/);
      expect(textsOf(o.notes), how).toEqual(textsOf(golden.notes.filter((n) => n !== golden.victim)));
      expect(o.after.has(golden.victimFile), 'the damaged record left its place').toBe(false);
      expectKeptAside(o, 'vault/set-aside/');
      expectSessionKept(o);
      expectSettingsKept(o);
    });
  }
});

test('a damaged settings file: defaults with a notice, the old file kept; notes and session untouched', async () => {
  for (const [how, o] of await runAll('settings')) {
    await test.step(how, () => {
      expect(noticeTexts(o).join('\n'), how).toMatch(/instellingen waren ongeldig en staan terug op de standaardwaarde/);
      expect(o.settings.sound, how).toBe(true);
      expect(o.settings.autoLockMinutes).toBe(15);
      expect(o.unlock.ok).toBe(true);
      expectAllNotes(o);
      expectSessionKept(o);
      expectKeptAside(o, 'settings.json.unreadable-');
      expect(JSON.parse(o.after.get('settings.json')!.toString('utf8')).sound, 'a sound settings file again').toBe(true);
    });
  }
});

test('a damaged browser-access file: new links with a notice; everything else untouched', async () => {
  for (const [how, o] of await runAll('browser-access')) {
    await test.step(how, () => {
      expect(noticeTexts(o).join('\n'), how).toMatch(/links naar de vensters was beschadigd en is vervangen door nieuwe links/);
      // Rewritten whole; after the clean stop only the port is kept (the next start makes new links).
      const access = JSON.parse(o.after.get('browser-access.json')!.toString('utf8')) as { port: number; tokens?: Record<string, string> };
      expect(Number.isInteger(access.port)).toBe(true);
      expect(access.tokens).toBeUndefined();
      expect(o.unlock.ok).toBe(true);
      expectAllNotes(o);
      expectSessionKept(o);
      expectSettingsKept(o);
    });
  }
});

test('a damaged unlock-attempts file: counted carefully, the right passphrase still opens, then it is cleared', async () => {
  for (const [how, o] of await runAll('attempts')) {
    await test.step(how, () => {
      // A counter with no secrets and nothing of the person's in it: no notice, just the safe side.
      expect(o.unlock.ok, how).toBe(true);
      expect(o.after.has('vault/unlock-attempts.json'), 'cleared by the right passphrase').toBe(false);
      expect(noticeTexts(o)).toEqual([]);
      expectAllNotes(o);
      expectSessionKept(o);
      expectSettingsKept(o);
    });
  }
});
