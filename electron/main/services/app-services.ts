/**
 * All main-side services wired together, with no Electron in sight: the Electron shell and the
 * WebSocket server are both thin transports over `dispatch` and `connect`.
 */
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { isSealed } from '../../../shared/session/index.ts';
import type { AppStatus, Notice, Push, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import { settingsForRole } from '../../../shared/ipc/settings.ts';
import type { Localized } from '../../../shared/method/index.ts';
import type { Clock } from './clock.ts';
import { createDataHandlers } from './data-handlers.ts';
import type { DataShell } from './data-handlers.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch, Handlers } from './dispatch.ts';
import { createCirclesService } from './circles-service.ts';
import { createRecordsService } from './records-service.ts';
import { createSessionHost } from './session-host.ts';
import type { HostNotice } from './session-host.ts';
import { createSettingsService } from './settings-service.ts';
import type { SettingsBacking } from './settings-service.ts';
import { createVaultService } from './vault-service.ts';
import { createNudgesService } from './nudges-service.ts';
import { createCircleDisplayService } from './circle-display-service.ts';
import { createPracticeRecords } from './practice-records.ts';
import type { KdfCost } from '../vault/index.ts';

/** What only the shell can do (windows); the WebSocket mode has no windows to open. */
export interface WindowControl {
  open(role: 'timekeeper' | 'circle'): void;
  close(role: 'timekeeper' | 'circle'): void;
}

export interface AppServicesOptions {
  dataDir: string;
  clock: Clock;
  settings: SettingsBacking;
  transport: AppStatus['transport'];
  windows?: WindowControl;
  /**
   * Where an export goes when main can ask (Electron: a save dialog). Resolves to the path written,
   * or null when the person cancelled. Without it, the window saves the returned content itself.
   */
  saveExport?: (fileName: string, content: string) => Promise<string | null>;
  /** The system's preferred locales, most preferred first: the first start's language comes from them. */
  systemLocales?: readonly string[];
  /** Backup, restore and wipe need file dialogs and a restart: only the desktop shell has them. */
  data?: DataShell;
  /**
   * A summary as an A4 PDF (Electron: printToPDF, then a save dialog). Resolves to the path
   * written, or null when cancelled. Without it, the window prints the HTML page itself.
   */
  printPdf?: (fileName: string, html: string) => Promise<string | null>;
  /** Tests only: a cheaper KDF for speed. */
  kdf?: KdfCost;
  log?: (line: string) => void;
}

const MAX_NOTICES = 20;

/** Who hears of a change first: the supervisor's window has the most to draw, the circle display the least. */
const PUSH_ORDER: readonly WindowRole[] = ['supervisor', 'timekeeper', 'circle'];

const EXPORT_CANCELLED: Localized = {
  nl: 'Export geannuleerd; er is niets weggeschreven.',
  en: 'Export cancelled; nothing was written.',
};

const PRINT_IN_WINDOW: Localized = {
  nl: 'In de browserversie maakt het afdrukvenster de PDF: kies daar "Opslaan als PDF".',
  en: 'In the browser version the print dialog makes the PDF: choose "Save as PDF" there.',
};

const earlierSetAside = (n: number): Localized => ({
  nl: `${n === 1 ? 'Er staat 1 beschadigd bestand' : `Er staan ${n} beschadigde bestanden`} apart in de map "set-aside" van je kluis (niet gewist). Je andere notities werken gewoon.`,
  en: `${n === 1 ? '1 damaged file is' : `${n} damaged files are`} kept apart in your vault's "set-aside" folder (not deleted). Your other notes work as usual.`,
});

const NO_WINDOWS: Localized = {
  nl: 'In de browserversie open je het venster via de link die Kring bij het starten toonde.',
  en: 'In the browser version, open the window with the link Kring printed at start-up.',
};

export async function createAppServices(options: AppServicesOptions) {
  const { dataDir, clock } = options;
  const log = options.log ?? (() => {});
  const notices: Notice[] = [];
  const connections = new Set<{ role: WindowRole; send: (push: Push) => void }>();

  function notify(notice: HostNotice) {
    notices.push({ id: randomUUID(), at: clock.now(), ...notice });
    if (notices.length > MAX_NOTICES) notices.splice(0, notices.length - MAX_NOTICES);
    // Notices can come while the services are still being built (a settings reset): no window yet.
    if (connections.size > 0) pushStatus();
  }

  const settings = createSettingsService(options.settings, (message) => notify({ level: 'warning', message }), options.systemLocales ?? []);
  const vaults = createVaultService({
    dir: join(dataDir, 'vault'),
    clock,
    autoLockMinutes: settings.get().autoLockMinutes,
    ...(options.kdf ? { kdf: options.kdf } : {}),
  });

  /** Damaged vault files moved to set-aside/ (never deleted) that a notice has told about. */
  const toldSetAside = new Set<string>();
  /**
   * 'new': one warning per file set aside while this app runs, with the reason. 'earlier' (at
   * unlock): files set aside in an earlier run, told once in one line.
   */
  function tellSetAside(which: 'new' | 'earlier') {
    const untold = vaults.vault()?.setAside.filter((r) => !toldSetAside.has(r.file)) ?? [];
    for (const record of untold) toldSetAside.add(record.file);
    if (which === 'new') {
      for (const record of untold) notify({ level: 'warning', message: record.reason });
    } else if (untold.length > 0) {
      notify({ level: 'info', message: earlierSetAside(untold.length) });
    }
  }

  /** Writes to the vault that run in the background (archiving at a phase change): `flush` waits for them. */
  const background = new Set<Promise<unknown>>();
  function track(work: Promise<unknown>): void {
    background.add(work);
    void work.finally(() => background.delete(work));
  }

  let host: ReturnType<typeof createSessionHost>;
  const records = createRecordsService({
    vaults,
    clock,
    retentionMonths: () => settings.get().retentionMonths,
    language: () => settings.get().language,
    liveCaseIds: (sessionId) => {
      const state = host.state();
      return state && state.context.id === sessionId ? state.context.cases.map((c) => c.id) : null;
    },
    whereabouts: () => {
      const state = host.state();
      if (!state) return null;
      const caseIndex = state.context.cases.length - 1;
      return { sessionId: state.context.id, caseId: caseIndex >= 0 ? state.context.cases[caseIndex]!.id : null, stepId: state.step?.id ?? null };
    },
  });
  host = createSessionHost({
    dataDir,
    clock,
    content: records.content,
    notify,
    onPhaseChange: (persisted) => track(records.archive(persisted).catch((e) => log(`archive failed: ${String(e)}`))),
  });

  const circles = createCirclesService({ vaults, clock, host, records, retentionMonths: () => settings.get().retentionMonths });

  function status(): AppStatus {
    return {
      vault: vaults.state(),
      lockWarningAt: vaults.lockWarningAt(),
      session: host.status(),
      notices: [...notices],
      transport: options.transport,
      unlockRetryAt: vaults.unlockRetryAt(),
      passphraseWeak: vaults.passphraseWeak(),
    };
  }

  /** The status as last pushed: a change that leaves it as it was (a pause, say) sends no status. */
  let lastStatusJson = '';
  function pushStatus() {
    const push: Push = { type: 'status', status: status() };
    const json = JSON.stringify(push.status);
    if (json === lastStatusJson) return;
    lastStatusJson = json;
    connections.forEach((c) => c.send(push));
  }

  /** Locked means locked: no window, not even the supervisor's, is sent a name or a title. */
  const viewFor = (role: WindowRole) => host.view(role, vaults.state() !== 'unlocked');
  const viewPush = (role: WindowRole): Push => {
    const view = viewFor(role);
    return view ? { type: 'view', view } : { type: 'no-session' };
  };

  /**
   * Each role's view is made once per change (two windows of a role share it) and sent at once, the
   * windows that take longest to draw it first: on a two-core laptop the three windows draw at the
   * same time, and the one told last waits for a free core. Told in connection order, the
   * supervisor's window (the most to draw) was often last: 2–3 ms later than the floor's page.
   */
  function pushViews() {
    for (const role of PUSH_ORDER) {
      let push: Push | null = null;
      for (const c of connections) {
        if (c.role !== role) continue;
        push ??= viewPush(role);
        c.send(push);
      }
    }
  }

  host.subscribe(pushViews);
  host.subscribe(pushStatus);

  /** Only the two facilitators' windows hear the private line and the observations. */
  const toFacilitators = (push: Push) => connections.forEach((c) => c.role !== 'circle' && c.send(push));
  const nudges = createNudgesService(clock, (list) => toFacilitators({ type: 'nudges', nudges: list }));
  const practiceRecords = createPracticeRecords(
    () => clock.now(),
    () => {
      const state = host.state();
      if (!state) return null;
      const last = state.context.cases.at(-1);
      return { sessionId: state.context.id, caseId: last?.id ?? null, stepId: state.step?.id ?? null };
    },
  );
  const display = createCircleDisplayService(clock, settings.get().circleDisplay, (d) => connections.forEach((c) => c.send({ type: 'display', display: d })));
  let lastVaultState = vaults.state();
  /** The work after an unlock (migration, retention, archive): `flush` waits for it too. */
  let afterUnlock: Promise<void> = Promise.resolve();
  vaults.onChange(() => {
    pushStatus();
    const state = vaults.state();
    const changedState = state !== lastVaultState;
    lastVaultState = state;
    if (!changedState) return; // only the lock warning moved
    if (state === 'unlocked') {
      afterUnlock = (async () => {
        tellSetAside('earlier');
        await records.onUnlocked();
        await circles.onUnlocked();
        await host.unseal();
        // Whatever a lock interrupted: the running session goes into the history again.
        const current = host.currentPersisted();
        if (current && !isSealed(current.context)) await records.archive(current);
        tellSetAside('new');
        pushViews();
      })().catch((e) => log(`after unlock: ${String(e)}`));
    } else {
      pushViews();
    }
  });
  let circleSetting = settings.get().circleDisplay;
  settings.onChange((s) => {
    vaults.setAutoLockMinutes(s.autoLockMinutes);
    // Only a change of this setting moves the live display (not a language or lock change).
    if (s.circleDisplay !== circleSetting) display.followSetting(s.circleDisplay);
    circleSetting = s.circleDisplay;
    connections.forEach((c) => c.send({ type: 'settings', settings: settingsForRole(c.role, s) }));
  });

  /**
   * A change is acknowledged once it is on disk (names and titles in the vault, timing in the
   * session file): what a window was told is saved survives a crash. Views are pushed before.
   */
  async function durable(reply: Reply<null>): Promise<Reply<null>> {
    if (reply.ok) await host.flush();
    return reply;
  }

  /** A new session (or the end of practice) starts with a clean line and the circle display as set up. */
  function freshRoom() {
    nudges.clear();
    practiceRecords.clear();
    display.reset(settings.get().circleDisplay);
  }

  /** In practice, what concerns the practice session stays in memory; a past session opened from the history is real. */
  const isPracticeSession = (sessionId: string) => host.isPractice() && host.state()?.context.id === sessionId;

  const handlers: Handlers = {
    'app.status': () => ({ ok: true, value: status() }),
    'session.view': (_req, call) => ({ ok: true, value: viewFor(call.role) }),
    'session.command': (req, call) => durable(host.command(call.role, req)),
    'session.begin': async (req) => {
      const reply = await durable(host.begin(req.replace, { practice: req.practice === true, ...(req.methodId && { methodId: req.methodId }) }));
      if (reply.ok) freshRoom();
      return reply;
    },
    'session.endPractice': () => {
      const reply = host.endPractice();
      if (reply.ok) freshRoom();
      return reply;
    },
    'vault.create': (req) => vaults.create(req.passphrase),
    'vault.unlock': (req) => vaults.unlock(req.passphrase),
    'vault.lock': () => {
      vaults.lock('manual');
      return { ok: true, value: null };
    },
    'vault.changePassphrase': (req) => vaults.changePassphrase(req.current, req.next),
    'vault.judgePassphrase': async (req) => ({ ok: true, value: await vaults.judge(req.passphrase) }),
    'vault.activity': () => {
      vaults.activity();
      return { ok: true, value: null };
    },
    ...records.handlers,
    // In practice what is typed stays in memory (practice-records.ts): nothing reaches the vault.
    'notes.save': (req, call) => (host.isPractice() ? practiceRecords.saveNote(req) : records.handlers['notes.save'](req, call)),
    'notes.list': (req, call) => (isPracticeSession(req.sessionId) ? practiceRecords.notes() : records.handlers['notes.list'](req, call)),
    'observations.list': (req, call) => (isPracticeSession(req.sessionId) ? practiceRecords.observations() : records.handlers['observations.list'](req, call)),
    'summary.save': (req, call) => (isPracticeSession(req.sessionId) ? practiceRecords.saveSummary(req) : records.handlers['summary.save'](req, call)),
    'summary.list': (req, call) => (isPracticeSession(req.sessionId) ? practiceRecords.summaries() : records.handlers['summary.list'](req, call)),
    'observations.add': async (req, call) => {
      const added = host.isPractice()
        ? practiceRecords.addObservation(req, call.role === 'supervisor' ? 'supervisor' : 'timekeeper')
        : await records.handlers['observations.add'](req, call);
      if (added.ok) toFacilitators({ type: 'observation', observation: added.value });
      return added;
    },
    'nudges.send': (req) => nudges.send(req.preset, req.text),
    'nudges.ack': (req) => nudges.ack(req.id),
    'nudges.list': () => ({ ok: true, value: nudges.list() }),
    'display.get': () => ({ ok: true, value: display.get() }),
    'display.set': (req) => ({ ok: true, value: display.set(req) }),
    ...circles.handlers,
    'circles.begin': async (req, call) => {
      const reply = await circles.handlers['circles.begin'](req, call);
      if (reply.ok) freshRoom();
      return reply;
    },
    'summary.export': async (req, call) => {
      if (isPracticeSession(req.sessionId)) return practiceRecords.refuseExport();
      const made = await records.handlers['summary.export'](req, call);
      if (!made.ok || !options.saveExport) return made;
      const savedTo = await options.saveExport(made.value.fileName, made.value.content);
      if (savedTo === null) return { ok: false, error: { code: 'export-cancelled', message: EXPORT_CANCELLED } };
      return { ok: true, value: { ...made.value, savedTo } };
    },
    'summary.pdf': async (req, call) => {
      if (isPracticeSession(req.sessionId)) return practiceRecords.refuseExport();
      if (!options.printPdf) return { ok: false, error: { code: 'print-in-window', message: PRINT_IN_WINDOW } };
      const made = await records.handlers['summary.export']({ ...req, format: 'html' }, call);
      if (!made.ok) return made;
      const savedTo = await options.printPdf(made.value.fileName.replace(/\.html$/, '.pdf'), made.value.content);
      if (savedTo === null) return { ok: false, error: { code: 'export-cancelled', message: EXPORT_CANCELLED } };
      return { ok: true, value: { savedTo } };
    },
    ...createDataHandlers({
      dataDir,
      now: () => clock.now(),
      ...(options.data ? { shell: options.data } : {}),
      lockVault: () => vaults.lock('manual'),
      stopAll: async () => {
        vaults.lock('manual');
        await host.flush();
        host.dispose();
      },
      flush: () => host.flush(),
    }),
    'settings.get': (_req, call) => ({ ok: true, value: settingsForRole(call.role, settings.get()) }),
    'settings.set': (req) => ({ ok: true, value: settings.set(req) }),
    'windows.open': (req) => {
      if (!options.windows) return { ok: false, error: { code: 'no-windows', message: NO_WINDOWS } };
      options.windows.open(req.role);
      return { ok: true, value: null };
    },
    'windows.close': (req) => {
      options.windows?.close(req.role);
      return { ok: true, value: null };
    },
  };

  const contractDispatch = createDispatch(handlers, (channel, error) => log(`internal error on ${channel}: ${error instanceof Error ? error.name : 'error'}`));
  /** Any call may read a vault file that turns out damaged (it is then set aside): say so at once. */
  const dispatch: Dispatch = async (role, channel, req) => {
    const reply = await contractDispatch(role, channel, req);
    tellSetAside('new');
    return reply;
  };

  await vaults.init();
  await host.restore();
  host.start();

  return {
    dispatch,
    /** A window connected: it gets its view and the status at once, then every change. */
    connect(role: WindowRole, send: (push: Push) => void): () => void {
      const connection = { role, send };
      connections.add(connection);
      send({ type: 'status', status: status() });
      send({ type: 'settings', settings: settingsForRole(role, settings.get()) });
      send({ type: 'display', display: display.get() });
      if (role !== 'circle') send({ type: 'nudges', nudges: nudges.list() });
      send(viewPush(role));
      return () => connections.delete(connection);
    },
    host,
    vaults,
    settings,
    records,
    /** For the shell: tell every window something (a file of its own it had to reset, say). */
    notify,
    /** The system sleeps or the screen locks: lock the vault; the session clock goes on. */
    onSuspend() {
      host.noteSuspend();
      vaults.lock('suspend');
    },
    onScreenLock() {
      vaults.lock('screen-lock');
    },
    onResume() {
      host.resync();
    },
    async flush() {
      await afterUnlock;
      await Promise.all([...background]);
      await host.flush();
    },
    dispose() {
      display.dispose();
      host.dispose();
      vaults.dispose();
      connections.clear();
    },
  };
}

export type AppServices = Awaited<ReturnType<typeof createAppServices>>;
