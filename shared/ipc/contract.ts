/**
 * The one contract between windows and main: every channel, who may call it, what it takes and
 * what it gives back. Main registers handlers from this list, preload exposes one named function
 * per channel, and the WebSocket transport serves the very same list.
 */
import { z } from 'zod';
import { OBSERVATION_TAGS } from '../method/index.ts';
import { methodIdSchema, sessionCommandSchema, stepIdSchema, templateIdSchema } from '../session/schema.ts';
import type { Localized, MethodId, ObservationTagId, StepId } from '../method/index.ts';
import type { RoleView, SessionEvent, SupervisorView } from '../session/index.ts';
import type { CaseSummary, HistoryEntry, Note, Observation } from './records.ts';
import type { Circle, CircleBrief, CircleDraft, SavedTemplate } from '../circles/types.ts';
import type { WindowRole } from './roles.ts';
import type { CHANNEL_NAMES } from './channels.ts';
import { TEXT_LIMITS } from './limits.ts';
import { settingsPatchSchema } from './settings-schema.ts';
import type { Settings, SettingsPatch, WindowSettings } from './settings.ts';
import type { PassphraseVerdict } from '../passphrase/strength.ts';
import type { IdentifierKind } from '../privacy/identifier-types.ts';
import { NUDGE_PRESETS, NUDGE_TEXT_MAX } from './nudges.ts';
import type { Nudge, NudgePresetId } from './nudges.ts';
import type { CircleDisplay, CircleDisplayChange } from './circle-display.ts';

/**
 * A session event as a window sends it: main stamps `now` and makes the ids of new things. The
 * clock's own events (CLOCK, CLOCK_JUMP) come from main alone and are not commands.
 */
export type SessionCommand = Exclude<SessionEvent, { type: 'CLOCK' | 'CLOCK_JUMP' }> extends infer E
  ? E extends SessionEvent
    ? Omit<E, 'now'>
    : never
  : never;

export { TEXT_LIMITS, TIMEKEEPER_COMMANDS } from './limits.ts';

export interface ApiError {
  code: string;
  message: Localized;
  /** Epoch ms: when another try is allowed (after wrong passphrases). */
  retryAt?: number;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export type VaultState = 'absent' | 'locked' | 'unlocked';

export interface Notice {
  id: string;
  level: 'info' | 'warning' | 'error';
  message: Localized;
  at: number;
}

export interface AppStatus {
  vault: VaultState;
  /** When the vault will lock for idleness, if a warning is due; null otherwise. */
  lockWarningAt: number | null;
  session: 'none' | 'active' | 'closed';
  notices: Notice[];
  transport: 'electron' | 'websocket';
  /** Epoch ms until which unlocking is refused after wrong passphrases (kept across restarts); null when free. */
  unlockRetryAt: number | null;
  /** The vault was opened with a passphrase that main's policy now refuses: ask to change it. */
  passphraseWeak: boolean;
}

export interface SessionArchive {
  sessionId: string;
  view: SupervisorView;
  notes: Note[];
  observations: Observation[];
  summaries: CaseSummary[];
}

/** Something in what an export will carry that may identify a person (the export warning lists them). */
export interface ExportFinding {
  kind: IdentifierKind;
  match: string;
  /** Where in the export: the case title, or a field of the summary. */
  where: 'title' | 'thread' | 'themes' | 'reflections' | 'requests';
  message: Localized;
}

export interface ExportResult {
  fileName: string;
  content: string;
  /** Where it was written, when main wrote it (Electron save dialog); null when the window saves it. */
  savedTo: string | null;
}

/** Where Kring keeps its data on this machine, and whether this window can carry it (backup, restore, wipe). */
export interface DataLocation {
  dataDir: string;
  vaultDir: string;
  /** False in the browser version: backup, restore and wipe need the desktop app's file dialogs. */
  canCarry: boolean;
}

type Def<Req, Res> = { req: Req; res: Res };
type Empty = Record<string, never>;

export interface Channels {
  'app.status': Def<Empty, AppStatus>;
  'session.view': Def<Empty, RoleView | null>;
  'session.command': Def<SessionCommand, null>;
  'session.begin': Def<{ replace: boolean; practice?: boolean; methodId?: MethodId }, null>;
  'session.endPractice': Def<Empty, null>;
  'vault.create': Def<{ passphrase: string }, null>;
  'vault.unlock': Def<{ passphrase: string }, null>;
  'vault.lock': Def<Empty, null>;
  'vault.changePassphrase': Def<{ current: string; next: string }, null>;
  'vault.judgePassphrase': Def<{ passphrase: string }, PassphraseVerdict>;
  'vault.activity': Def<Empty, null>;
  'notes.save': Def<{ caseId: string | null; stepId: StepId | null; text: string }, { updatedAt: number }>;
  'notes.list': Def<{ sessionId: string }, Note[]>;
  'observations.add': Def<{ tag: ObservationTagId | null; text: string }, Observation>;
  'observations.list': Def<{ sessionId: string }, Observation[]>;
  'summary.save': Def<Omit<CaseSummary, 'updatedAt'>, CaseSummary>;
  'summary.list': Def<{ sessionId: string }, CaseSummary[]>;
  'summary.export': Def<{ sessionId: string; caseId: string | null; format: 'markdown' | 'html' }, ExportResult>;
  'summary.exportCheck': Def<{ sessionId: string; caseId: string | null }, ExportFinding[]>;
  'history.list': Def<{ query: string }, HistoryEntry[]>;
  'history.open': Def<{ sessionId: string }, SessionArchive>;
  'history.delete': Def<{ sessionId: string }, null>;
  'settings.get': Def<Empty, WindowSettings>;
  'settings.set': Def<SettingsPatch, Settings>;
  'windows.open': Def<{ role: 'timekeeper' | 'circle' }, null>;
  'windows.close': Def<{ role: 'timekeeper' | 'circle' }, null>;
  'nudges.send': Def<{ preset: NudgePresetId | null; text: string }, Nudge>;
  'nudges.ack': Def<{ id: string }, null>;
  'nudges.list': Def<Empty, Nudge[]>;
  'display.get': Def<Empty, CircleDisplay>;
  'display.set': Def<CircleDisplayChange, CircleDisplay>;
  'data.location': Def<Empty, DataLocation>;
  'data.backup': Def<Empty, { savedTo: string }>;
  'data.restore': Def<{ passphrase: string }, { files: number }>;
  'data.wipe': Def<{ confirm: 'wipe-everything' }, null>;
  'summary.pdf': Def<{ sessionId: string; caseId: string | null }, { savedTo: string }>;
  'circles.list': Def<Empty, Circle[]>;
  'circles.save': Def<CircleDraft, Circle>;
  'circles.delete': Def<{ id: string }, null>;
  /** A new session with this circle, its plan filled in (replace: an active session is ended). */
  'circles.begin': Def<{ id: string; replace: boolean }, null>;
  /** The running session's circle, for the supervisor only: its agreements, requests to follow up and the rotation. */
  'circles.current': Def<Empty, CircleBrief | null>;
  'circles.review': Def<{ requestId: string; status: 'open' | 'done' }, CircleBrief | null>;
  'templates.list': Def<Empty, SavedTemplate[]>;
  'templates.save': Def<Omit<SavedTemplate, 'id'>, SavedTemplate[]>;
  'templates.delete': Def<{ id: string }, SavedTemplate[]>;
}

export type Channel = keyof Channels;
export type Req<C extends Channel> = Channels[C]['req'];
export type Res<C extends Channel> = Channels[C]['res'];

/** Pushed from main to windows. Nudges and observations go to the facilitators' windows only. */
export type Push =
  | { type: 'view'; view: RoleView }
  /** There is no session (any more): e.g. practice ended. Windows drop the view they showed. */
  | { type: 'no-session' }
  | { type: 'status'; status: AppStatus }
  | { type: 'settings'; settings: WindowSettings }
  | { type: 'nudges'; nudges: Nudge[] }
  | { type: 'observation'; observation: Observation }
  | { type: 'display'; display: CircleDisplay };

/** What a window's code sees, whatever the transport: one named function per channel. */
export type KringApi = { [C in Channel]: (req: Req<C>) => Promise<Reply<Res<C>>> } & {
  onPush(listener: (push: Push) => void): () => void;
};

const empty = z.strictObject({});
const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(100);
const stepId = stepIdSchema;
const tagId = z.enum(OBSERVATION_TAGS.map((t) => t.id) as [ObservationTagId, ...ObservationTagId[]]);
const secondaryRole = z.enum(['timekeeper', 'circle']);
const stepMinutes = z.partialRecord(stepIdSchema, z.number().int().min(1).max(120));


interface ChannelRule {
  roles: readonly WindowRole[];
  request: z.ZodType;
}

const SUP = ['supervisor'] as const;
const SUP_TK = ['supervisor', 'timekeeper'] as const;
const ALL = ['supervisor', 'timekeeper', 'circle'] as const;

export const CONTRACT: { [C in Channel]: ChannelRule } = {
  'app.status': { roles: ALL, request: empty },
  'session.view': { roles: ALL, request: empty },
  'session.command': { roles: SUP_TK, request: sessionCommandSchema },
  'session.begin': { roles: SUP, request: z.strictObject({ replace: z.boolean(), practice: z.boolean().optional(), methodId: methodIdSchema.optional() }) },
  'session.endPractice': { roles: SUP, request: empty },
  'vault.create': { roles: SUP, request: z.strictObject({ passphrase: text(TEXT_LIMITS.passphrase) }) },
  'vault.unlock': { roles: SUP, request: z.strictObject({ passphrase: text(TEXT_LIMITS.passphrase) }) },
  'vault.lock': { roles: SUP, request: empty },
  'vault.changePassphrase': {
    roles: SUP,
    request: z.strictObject({ current: text(TEXT_LIMITS.passphrase), next: text(TEXT_LIMITS.passphrase) }),
  },
  'vault.judgePassphrase': { roles: SUP, request: z.strictObject({ passphrase: text(TEXT_LIMITS.passphrase) }) },
  'vault.activity': { roles: SUP_TK, request: empty },
  'notes.save': {
    roles: SUP,
    request: z.strictObject({ caseId: id.nullable(), stepId: stepId.nullable(), text: text(TEXT_LIMITS.note) }),
  },
  'notes.list': { roles: SUP, request: z.strictObject({ sessionId: id }) },
  'observations.add': { roles: SUP_TK, request: z.strictObject({ tag: tagId.nullable(), text: text(TEXT_LIMITS.observation) }) },
  'observations.list': { roles: SUP_TK, request: z.strictObject({ sessionId: id }) },
  'summary.save': {
    roles: SUP,
    request: z.strictObject({
      sessionId: id,
      caseId: id,
      commonThread: text(TEXT_LIMITS.summaryField),
      themes: z.array(text(500)).max(50),
      reflections: text(TEXT_LIMITS.summaryField),
      requests: z.array(z.strictObject({ from: text(100), to: text(100), text: text(2_000) })).max(50),
    }),
  },
  'summary.list': { roles: SUP, request: z.strictObject({ sessionId: id }) },
  'summary.export': {
    roles: SUP,
    request: z.strictObject({ sessionId: id, caseId: id.nullable(), format: z.enum(['markdown', 'html']) }),
  },
  'summary.exportCheck': { roles: SUP, request: z.strictObject({ sessionId: id, caseId: id.nullable() }) },
  'history.list': { roles: SUP, request: z.strictObject({ query: text(TEXT_LIMITS.query) }) },
  'history.open': { roles: SUP, request: z.strictObject({ sessionId: id }) },
  'history.delete': { roles: SUP, request: z.strictObject({ sessionId: id }) },
  'settings.get': { roles: ALL, request: empty },
  'settings.set': { roles: SUP, request: settingsPatchSchema },
  'windows.open': { roles: SUP, request: z.strictObject({ role: secondaryRole }) },
  'windows.close': { roles: SUP, request: z.strictObject({ role: secondaryRole }) },
  'nudges.send': {
    roles: ['timekeeper'],
    request: z.strictObject({ preset: z.enum(NUDGE_PRESETS).nullable(), text: text(NUDGE_TEXT_MAX) }),
  },
  'nudges.ack': { roles: SUP, request: z.strictObject({ id }) },
  'nudges.list': { roles: SUP_TK, request: empty },
  'display.get': { roles: ALL, request: empty },
  'display.set': {
    roles: SUP_TK,
    request: z.strictObject({
      time: z.enum(['digits', 'bar', 'hidden']).optional(),
      overtime: z.enum(['quiet', 'none']).optional(),
      blackout: z.boolean().optional(),
      ruleCard: z.boolean().optional(),
    }),
  },
  'data.location': { roles: SUP, request: empty },
  'data.backup': { roles: SUP, request: empty },
  'data.restore': { roles: SUP, request: z.strictObject({ passphrase: text(TEXT_LIMITS.passphrase) }) },
  'data.wipe': { roles: SUP, request: z.strictObject({ confirm: z.literal('wipe-everything') }) },
  'summary.pdf': { roles: SUP, request: z.strictObject({ sessionId: id, caseId: id.nullable() }) },
  'circles.list': { roles: SUP, request: empty },
  'circles.save': {
    roles: SUP,
    request: z.strictObject({
      id: id.nullable(),
      name: text(TEXT_LIMITS.circleName),
      participants: z.array(text(TEXT_LIMITS.circleName)).max(30),
      supervisorName: text(TEXT_LIMITS.circleName),
      secondFacilitatorName: text(TEXT_LIMITS.circleName),
      agreements: z.array(text(500)).max(20),
      methodId: methodIdSchema,
      templateId: templateIdSchema,
      stepMinutes: stepMinutes,
    }),
  },
  'circles.delete': { roles: SUP, request: z.strictObject({ id }) },
  'circles.begin': { roles: SUP, request: z.strictObject({ id, replace: z.boolean() }) },
  'circles.current': { roles: SUP, request: empty },
  'circles.review': { roles: SUP, request: z.strictObject({ requestId: z.string().min(1).max(400), status: z.enum(['open', 'done']) }) },
  'templates.list': { roles: SUP, request: empty },
  'templates.save': { roles: SUP, request: z.strictObject({ name: text(TEXT_LIMITS.circleName), methodId: methodIdSchema, minutes: stepMinutes }) },
  'templates.delete': { roles: SUP, request: z.strictObject({ id }) },
};

export const CHANNELS = Object.keys(CONTRACT) as Channel[];

// The preload's name list must be exactly the contract's channels, no more, no fewer.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const channelListMatches: Same<(typeof CHANNEL_NAMES)[number], Channel> = true;
void channelListMatches;

export const isChannel = (x: unknown): x is Channel => typeof x === 'string' && Object.hasOwn(CONTRACT, x);
