/**
 * Main's one session: the only writer of the session actor. Applies commands from windows, arms
 * one timer for the next deadline, watches for wall-clock jumps, tells listeners after each change
 * so every window gets its own view, and persists every change right after (see `changed`).
 */
import { randomUUID } from 'node:crypto';
import { TIMEKEEPER_COMMANDS } from '../../../shared/ipc/index.ts';
import type { ApiError, Reply, SessionCommand, WindowRole } from '../../../shared/ipc/index.ts';
import { INTERVISIE, methodById } from '../../../shared/method/index.ts';
import type { Localized, MethodId } from '../../../shared/method/index.ts';
import {
  applyCommand,
  confidentialSources,
  currentTimer,
  deadlineOf,
  isSealed,
  joinConfidential,
  persistedForm,
  phaseOf,
  PRACTICE_RATE,
  practiceNow,
  practiceView,
  prefillCommands,
  prefillOf,
  resumeSession,
  RestoreError,
  sessionState,
  splitConfidential,
  startSession,
  viewFor,
} from '../../../shared/session/index.ts';
import type { PersistedSession, PlanPrefill, PracticeClock, RoleView, SessionActor, SessionContent, SessionContext, SessionEvent, SessionState, SessionStateValue } from '../../../shared/session/index.ts';
import { EXAMPLE_CASES } from '../../../shared/method/index.ts';
import { toStorageError } from '../storage/storage-error.ts';
import type { Clock } from './clock.ts';
import { createCoalescingWriter, readSessionFile, setAsideSessionFile, writeSessionFile } from './session-file.ts';

/** Where typed text goes: the encrypted vault (see records service). */
export interface ContentStore {
  /** False while the vault is locked or absent: then no typed text can be accepted. */
  canStore(): boolean;
  save(content: SessionContent): Promise<void>;
  load(sessionId: string): Promise<SessionContent | undefined>;
}

export interface HostNotice {
  level: 'info' | 'warning' | 'error';
  message: Localized;
}

export interface SessionHostOptions {
  dataDir: string;
  clock: Clock;
  content: ContentStore;
  notify: (notice: HostNotice) => void;
  /** A wall-clock jump larger than this (ms) is treated as a jump, not as drift. */
  jumpThresholdMs?: number;
  /** Called with the whole session (typed text included) whenever its phase changes: for the history. */
  onPhaseChange?: (persisted: PersistedSession) => void;
  watchdogMs?: number;
}

/** Commands that carry typed text: accepted only when it can go into the vault. */
const TEXT_COMMANDS = new Set(['ADD_PARTICIPANT', 'RENAME_PARTICIPANT', 'SET_FACILITATOR', 'ADD_PROPOSAL', 'EDIT_PROPOSAL']);

const ERRORS = {
  'no-session': {
    nl: 'Er loopt geen sessie. Begin eerst een nieuwe sessie.',
    en: 'No session is running. Start a new session first.',
  },
  'session-active': {
    nl: 'Er loopt al een sessie. Sluit die eerst af, of bevestig dat je een nieuwe wilt beginnen.',
    en: 'A session is already running. Close it first, or confirm that you want to start a new one.',
  },
  'vault-locked': {
    nl: 'Kring is vergrendeld. Ontgrendel eerst om namen of casussen te bewaren; de tijd loopt gewoon door.',
    en: 'Kring is locked. Unlock first to keep names or cases; the timer keeps running.',
  },
  'role-not-allowed': {
    nl: 'Dit venster bedient alleen de tijd; er is niets gewijzigd.',
    en: 'This window only controls time; nothing was changed.',
  },
  'restore-failed': {
    nl: 'De vorige sessie kon niet worden hersteld en is apart gezet. Je kunt een nieuwe sessie beginnen.',
    en: 'The previous session could not be restored and was set aside. You can start a new session.',
  },
  'practice-over-session': {
    nl: 'Er loopt een echte sessie. Oefenen kan als er geen sessie loopt; zo gaat er niets verloren.',
    en: 'A real session is running. Practice is possible when no session runs, so nothing is lost.',
  },
  'clock-jump': {
    nl: 'De klok van de computer verspringt. Kring houdt de juiste tijd aan en heeft het genoteerd.',
    en: 'The computer clock jumped. Kring keeps the right time and has logged it.',
  },
} satisfies Record<string, Localized>;

const fail = (code: keyof typeof ERRORS): { ok: false; error: ApiError } => ({ ok: false, error: { code, message: ERRORS[code] } });

export type SessionHost = ReturnType<typeof createSessionHost>;

export function createSessionHost(options: SessionHostOptions) {
  const { dataDir, clock, content, notify } = options;
  const jumpThresholdMs = options.jumpThresholdMs ?? 2_000;
  const watchdogMs = options.watchdogMs ?? 2_000;

  let actor: SessionActor | null = null;
  let deadlineTimer: unknown = null;
  let watchdog: unknown = null;
  let baseline = { wall: clock.now(), mono: clock.monotonic() };
  /**
   * The typed text last handed to the vault: its JSON, and the context parts it came from. The
   * session's context is immutable, so while those parts are the same objects the typed text has
   * not changed, and a timing command costs no comparison at all.
   */
  let savedTyped: { json: string; parts: readonly unknown[] | null } = { json: '', parts: null };
  let lastPhase = '';
  /** A persist is due (set by `changed`, run by `persistNow` at the next turn or at `flush`). */
  let persistDue = false;
  const listeners = new Set<() => void>();
  /** The last storage problem told, per writer: told once while it lasts, told again if it comes back after a success. */
  const lastStorageError = { file: '', content: '' };
  /** Set before the system sleeps: the wall clock will leap forward, and that time really passed. */
  let suspended = false;

  /** Typed text (names, titles) waiting to go into the vault with the next write. */
  let pendingContent: SessionContent | null = null;

  /** Practice: a fast session clock, and nothing written anywhere (see shared/session/practice.ts). */
  let practice: PracticeClock | null = null;
  /** Session time: the room's clock, or in practice a faster one. */
  const now = () => (practice ? practiceNow(practice, clock.now()) : clock.now());

  /**
   * One writer for both halves, the vault's half first: the plain file must never list a
   * participant or proposal whose name or title the vault does not hold yet. A crash (or kill)
   * between two separate writes would otherwise leave the restored session without its names
   * for good. If the vault write fails, the plain file keeps the last complete pair.
   */
  const fileWriter = createCoalescingWriter(
    async (value: ReturnType<typeof persistedForm> | null) => {
      const typed = pendingContent;
      if (typed) {
        pendingContent = null;
        try {
          await content.save(typed);
          lastStorageError.content = '';
        } catch (error) {
          pendingContent ??= typed; // goes again with the next change
          reportStorageError('content', error);
          return;
        }
      }
      await writeSessionFile(dataDir, value);
      lastStorageError.file = '';
    },
    (error) => reportStorageError('file', error),
  );

  function reportStorageError(writer: keyof typeof lastStorageError, error: unknown) {
    const storageError = toStorageError(error);
    if (storageError.code === lastStorageError[writer]) return;
    lastStorageError[writer] = storageError.code;
    notify({ level: 'error', message: storageError.userMessage });
  }

  function state(): SessionState | null {
    return actor ? sessionState(actor) : null;
  }

  /**
   * After every change: re-arm the timer, tell every window, then persist. The windows come first
   * (the other windows show a pause in the same frame; building the file's form and saving wait
   * for the next turn of the event loop). Nothing is acknowledged earlier for it: a command's
   * reply waits for `flush`, which persists at once whatever is still due, then waits for the disk.
   */
  function changed() {
    armDeadline();
    listeners.forEach((l) => l());
    if (!actor || practice) return; // practice persists nothing
    noteArchive(actor);
    if (!persistDue) {
      persistDue = true;
      setImmediate(persistNow);
    }
  }

  /** At a new phase (or case) the whole session goes to the history; every phase passed, also two in one turn. */
  function noteArchive(a: SessionActor) {
    const snapshot = a.getSnapshot();
    const phaseKey = `${snapshot.context.id}:${phaseOf(snapshot.value as SessionStateValue)}:${snapshot.context.cases.length}`;
    if (phaseKey === lastPhase || isSealed(snapshot.context)) return;
    lastPhase = phaseKey;
    options.onPhaseChange?.(persistedForm(a, clock.now()));
  }

  /** The session as it stands now: timing to the plain file, typed text (when it changed) to the vault first. */
  function persistNow() {
    if (!persistDue) return;
    persistDue = false;
    if (!actor || practice) return;
    const persisted = persistedForm(actor, clock.now());
    const { plain, content: typedNow } = splitConfidential(persisted.context);
    const typed = typedChange(persisted.context, typedNow);
    if (typed && content.canStore() && !isSealed(persisted.context)) {
      savedTyped = { json: typed.json, parts: typed.parts };
      pendingContent = typed.content;
    }
    fileWriter.schedule({ ...persisted, context: plain });
  }

  /** The typed text of `context` when it differs from what was last handed to the vault, else null. */
  function typedChange(context: SessionContext, typed: SessionContent) {
    const parts = confidentialSources(context);
    if (savedTyped.parts?.every((part, i) => Object.is(part, parts[i]))) return null;
    const json = JSON.stringify(typed);
    if (json === savedTyped.json) {
      savedTyped.parts = parts; // new objects, same text (a proposal withdrawn, say)
      return null;
    }
    return { content: typed, json, parts };
  }

  /** One timer, for the moment the current countdown reaches zero (auto-advance, overtime). */
  function armDeadline() {
    if (deadlineTimer !== null) clock.clearTimer(deadlineTimer);
    deadlineTimer = null;
    const timer = actor ? currentTimer(actor.getSnapshot().context) : null;
    const deadline = timer ? deadlineOf(timer) : null;
    if (deadline === null) return;
    const wait = deadline - now();
    if (wait < 0) return; // already past: nothing new will happen at a deadline
    deadlineTimer = clock.setTimer(onDeadline, (wait + 1) / (practice?.rate ?? 1));
  }

  function onDeadline() {
    deadlineTimer = null;
    if (!actor) return;
    // Applies only when auto-advance is due; either way windows get a fresh view at time-up.
    applyCommand(actor, { type: 'CLOCK', now: now() });
    changed();
  }

  /**
   * After a sleep or a restart a deadline may already lie behind us, and then no timer is armed
   * for it: act on it once now (auto-advance), as the timer would have.
   */
  function catchUp() {
    if (actor) applyCommand(actor, { type: 'CLOCK', now: now() });
  }

  /** The wall clock moved differently from the monotonic clock: a jump (NTP, manual change). */
  function checkClock() {
    const wall = clock.now();
    const mono = clock.monotonic();
    const drift = wall - baseline.wall - (mono - baseline.mono);
    baseline = { wall, mono };
    if (suspended) {
      suspended = false;
      catchUp();
      changed();
      return;
    }
    if (Math.abs(drift) < jumpThresholdMs || !actor || practice) return;
    const result = applyCommand(actor, { type: 'CLOCK_JUMP', deltaMs: Math.round(drift), now: wall });
    if (result.ok) notify({ level: 'warning', message: ERRORS['clock-jump'] });
    changed();
  }

  function startWatchdog() {
    const tick = () => {
      checkClock();
      watchdog = clock.setTimer(tick, watchdogMs);
    };
    watchdog = clock.setTimer(tick, watchdogMs);
  }

  /** A practice circle, ready to choose its example case: six made-up participants and one example. */
  function setUpPractice(a: SessionActor) {
    const ids: string[] = [];
    for (let i = 1; i <= 6; i++) {
      const id = randomUUID();
      ids.push(id);
      applyCommand(a, { type: 'ADD_PARTICIPANT', id, name: `Deelnemer ${i}`, now: now() });
    }
    applyCommand(a, { type: 'CONFIRM_PLAN', atMove: a.getSnapshot().context.moves, now: now() });
    applyCommand(a, { type: 'FINISH_OPENING', atMove: a.getSnapshot().context.moves, now: now() });
    const example = EXAMPLE_CASES[0]!;
    applyCommand(a, { type: 'ADD_PROPOSAL', id: randomUUID(), title: example.title.nl, presenterId: ids[0] ?? null, criteria: [...example.criteria], now: now() });
  }

  return {
    /** On start: put back the session that was running when the app closed or crashed. */
    async restore(): Promise<void> {
      let raw: unknown;
      try {
        raw = await readSessionFile(dataDir);
      } catch (error) {
        reportStorageError('file', error);
        return;
      }
      if (raw === undefined || raw === null) return;
      try {
        actor = resumeSession(raw, clock.now());
      } catch (error) {
        if (!(error instanceof RestoreError)) throw error;
        await setAsideSessionFile(dataDir, clock.now()).catch((e: unknown) => reportStorageError('file', e));
        notify({ level: 'warning', message: { nl: `${ERRORS['restore-failed'].nl} (${error.userMessage.nl})`, en: `${ERRORS['restore-failed'].en} (${error.userMessage.en})` } });
        return;
      }
      await this.unseal();
      catchUp();
      changed();
    },

    /** After the vault opens: put the typed text back into a restored session. */
    async unseal(): Promise<void> {
      persistNow();
      if (!actor || !content.canStore()) return;
      const snapshot = actor.getSnapshot();
      if (!isSealed(snapshot.context)) return;
      const typed = await content.load(snapshot.context.id);
      if (!typed) return;
      const joined = joinConfidential(snapshot.context, typed);
      const persisted = persistedForm(actor, clock.now());
      actor.stop();
      actor = resumeSession({ ...persisted, context: joined }, clock.now());
      savedTyped = { json: JSON.stringify(typed), parts: null };
      changed();
    },

    /**
     * A new session of a method, its plan filled in ahead when given (a circle), or practice (a fast
     * clock, nothing stored). Replacing a session that is still being planned (the supervisor switched
     * method) keeps what was typed in its plan.
     */
    begin(replace: boolean, options: { practice?: boolean; methodId?: MethodId; prefill?: PlanPrefill; sessionId?: string } = {}): Reply<null> {
      if (!content.canStore()) return fail('vault-locked');
      const active = actor && actor.getSnapshot().status === 'active';
      if (options.practice && active && !practice) return fail('practice-over-session');
      if (active && !replace && !practice) return fail('session-active');
      const methodId = options.methodId ?? INTERVISIE.id;
      const before = state();
      const carried = options.prefill ?? (active && !practice && before?.phase === 'planning' ? prefillOf(before.context.plan) : undefined);
      persistNow(); // the last change of the session being replaced still goes to disk
      actor?.stop();
      practice = options.practice ? { rate: PRACTICE_RATE, realStart: clock.now(), sessionStart: clock.now() } : null;
      actor = startSession(options.sessionId ?? randomUUID(), now(), methodById(methodId));
      if (carried && !practice) for (const event of prefillCommands(methodId, carried, now(), randomUUID)) applyCommand(actor, event);
      savedTyped = { json: '', parts: null };
      if (practice) setUpPractice(actor);
      changed();
      return { ok: true, value: null };
    },

    /** Practice over: the practice session is gone, nothing of it was kept. */
    endPractice(): Reply<null> {
      if (!practice) return fail('no-session');
      persistNow();
      actor?.stop();
      actor = null;
      practice = null;
      changed();
      return { ok: true, value: null };
    },

    isPractice: () => practice !== null,

    /** A window's command (its shape already checked at the edge): stamped with `now` and new ids, then given to the machine. */
    command(role: WindowRole, command: SessionCommand): Reply<null> {
      if (!actor) return fail('no-session');
      if (role === 'circle') return fail('role-not-allowed');
      if (role === 'timekeeper' && !(TIMEKEEPER_COMMANDS as readonly string[]).includes(command.type)) return fail('role-not-allowed');
      if (TEXT_COMMANDS.has(command.type) && !content.canStore() && !practice) return fail('vault-locked');
      const event = { ...command, now: now() } as SessionEvent;
      if (event.type === 'ADD_PARTICIPANT' || event.type === 'ADD_PROPOSAL') event.id = randomUUID();
      if (event.type === 'CHOOSE_PROPOSAL') event.caseId = randomUUID();
      const result = applyCommand(actor, event);
      if (!result.ok) return { ok: false, error: { code: result.refusal.code, message: result.refusal.message } };
      changed();
      return { ok: true, value: null };
    },

    /** The role's view; `sealed` (vault locked) blanks every name and title, even for the supervisor. */
    view(role: WindowRole, sealed = false): RoleView | null {
      const s = state();
      if (!s) return null;
      const shown = sealed && !practice ? { ...s, context: splitConfidential(s.context).plain } : s;
      const view = viewFor(role, shown, now());
      return practice ? practiceView(view, practice, clock.now()) : view;
    },

    state,

    /** The whole session as it stands (typed text included), for the history; null without one. */
    currentPersisted(): PersistedSession | null {
      return actor && !practice ? persistedForm(actor, clock.now()) : null;
    },

    status(): 'none' | 'active' | 'closed' {
      if (!actor) return 'none';
      return actor.getSnapshot().status === 'active' ? 'active' : 'closed';
    },

    /** The system is about to sleep: the circle's time goes on, so the coming leap is not a clock jump. */
    noteSuspend() {
      suspended = true;
    },

    /** After system resume: take the clock as it is now, re-check the deadline, refresh windows. */
    resync() {
      suspended = false;
      baseline = { wall: clock.now(), mono: clock.monotonic() };
      catchUp();
      changed();
    },

    /** For tests and the watchdog: look for a wall-clock jump now. */
    checkClock,

    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    start() {
      startWatchdog();
    },

    /** Everything changed so far on disk: what is still due is persisted now, then the writes are awaited. */
    async flush() {
      persistNow();
      await fileWriter.flush();
    },

    dispose() {
      persistNow(); // a change just before the end still goes to disk (flush waits for it)
      if (deadlineTimer !== null) clock.clearTimer(deadlineTimer);
      if (watchdog !== null) clock.clearTimer(watchdog);
      actor?.stop();
    },
  };
}
