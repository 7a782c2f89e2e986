/**
 * All main-side services wired together, with no Electron in sight: the Electron shell and the
 * WebSocket server are both thin transports over `dispatch` and `connect`.
 */
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { isSealed } from '../../../shared/session/index.ts';
import type { AppStatus, Notice, Push, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import type { Localized } from '../../../shared/method/index.ts';
import type { Clock } from './clock.ts';
import { createDispatch } from './dispatch.ts';
import type { Dispatch, Handlers } from './dispatch.ts';
import { createCirclesService } from './circles-service.ts';
import { createRecordsService } from './records-service.ts';
import { createSessionHost } from './session-host.ts';
import type { HostNotice } from './session-host.ts';
import { createSettingsService } from './settings-service.ts';
import type { SettingsBacking } from './settings-service.ts';
import { createVaultService } from './vault-service.ts';
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
  /** Tests only: a cheaper KDF for speed. */
  kdf?: KdfCost;
  log?: (line: string) => void;
}

const MAX_NOTICES = 20;

const EXPORT_CANCELLED: Localized = {
  nl: 'Export geannuleerd; er is niets weggeschreven.',
  en: 'Export cancelled; nothing was written.',
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
    onPhaseChange: (persisted) => void records.archive(persisted).catch((e) => log(`archive failed: ${String(e)}`)),
  });

  const circles = createCirclesService({ vaults, clock, host, records, retentionMonths: () => settings.get().retentionMonths });

  function status(): AppStatus {
    return { vault: vaults.state(), lockWarningAt: vaults.lockWarningAt(), session: host.status(), notices: [...notices], transport: options.transport };
  }

  function pushStatus() {
    const push: Push = { type: 'status', status: status() };
    connections.forEach((c) => c.send(push));
  }

  /** Locked means locked: no window, not even the supervisor's, is sent a name or a title. */
  const viewFor = (role: WindowRole) => host.view(role, vaults.state() !== 'unlocked');

  function pushViews() {
    for (const c of connections) {
      const view = viewFor(c.role);
      if (view) c.send({ type: 'view', view });
    }
  }

  host.subscribe(pushViews);
  host.subscribe(pushStatus);
  let lastVaultState = vaults.state();
  vaults.onChange(() => {
    pushStatus();
    const state = vaults.state();
    const changedState = state !== lastVaultState;
    lastVaultState = state;
    if (!changedState) return; // only the lock warning moved
    if (state === 'unlocked') {
      void (async () => {
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
  settings.onChange((s) => {
    vaults.setAutoLockMinutes(s.autoLockMinutes);
    const push: Push = { type: 'settings', settings: s };
    connections.forEach((c) => c.send(push));
  });

  /**
   * A change is acknowledged once it is on disk (names and titles in the vault, timing in the
   * session file): what a window was told is saved survives a crash. Views are pushed before.
   */
  async function durable(reply: Reply<null>): Promise<Reply<null>> {
    if (reply.ok) await host.flush();
    return reply;
  }

  const handlers: Handlers = {
    'app.status': () => ({ ok: true, value: status() }),
    'session.view': (_req, call) => ({ ok: true, value: viewFor(call.role) }),
    'session.command': (req, call) => durable(host.command(call.role, req)),
    'session.begin': (req) => durable(host.begin(req.replace, req.methodId)),
    'vault.create': (req) => vaults.create(req.passphrase),
    'vault.unlock': (req) => vaults.unlock(req.passphrase),
    'vault.lock': () => {
      vaults.lock('manual');
      return { ok: true, value: null };
    },
    'vault.changePassphrase': (req) => vaults.changePassphrase(req.current, req.next),
    'vault.activity': () => {
      vaults.activity();
      return { ok: true, value: null };
    },
    ...records.handlers,
    ...circles.handlers,
    'summary.export': async (req, call) => {
      const made = await records.handlers['summary.export'](req, call);
      if (!made.ok || !options.saveExport) return made;
      const savedTo = await options.saveExport(made.value.fileName, made.value.content);
      if (savedTo === null) return { ok: false, error: { code: 'export-cancelled', message: EXPORT_CANCELLED } };
      return { ok: true, value: { ...made.value, savedTo } };
    },
    'settings.get': () => ({ ok: true, value: settings.get() }),
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
      send({ type: 'settings', settings: settings.get() });
      const view = viewFor(role);
      if (view) send({ type: 'view', view });
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
      await host.flush();
    },
    dispose() {
      host.dispose();
      vaults.dispose();
      connections.clear();
    },
  };
}

export type AppServices = Awaited<ReturnType<typeof createAppServices>>;
