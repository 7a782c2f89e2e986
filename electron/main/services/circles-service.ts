/**
 * Circles ("kringen") and saved durations templates, kept only in the encrypted vault: one record
 * per circle, one record for the templates. A circle knows the sessions begun with it; from their
 * history come the rotation (who brought a case) and the requests to follow up.
 */
import { randomUUID } from 'node:crypto';
import { subMonths } from 'date-fns/subMonths';
import type { Circle, CircleBrief, CircleDraft, SavedTemplate } from '../../../shared/circles/types.ts';
import { collectRequests, requestsForOpening, reviewRequest } from '../../../shared/circles/follow-up.ts';
import type { VoicedRequests } from '../../../shared/circles/follow-up.ts';
import { rotation } from '../../../shared/circles/rotation.ts';
import type { SessionPresenters } from '../../../shared/circles/rotation.ts';
import type { ApiError, Reply } from '../../../shared/ipc/index.ts';
import type { PersistedSession } from '../../../shared/session/index.ts';
import type { Vault } from '../vault/index.ts';
import type { Clock } from './clock.ts';
import type { Handlers } from './dispatch.ts';
import { recordId } from './records-service.ts';
import type { RecordsService } from './records-service.ts';
import type { SessionHost } from './session-host.ts';
import type { VaultService } from './vault-service.ts';

export const CIRCLE_KINDS = ['circle', 'durations'] as const;
const TEMPLATES_ID = recordId('durations');

const LOCKED: ApiError = {
  code: 'locked',
  message: { nl: 'Kring is vergrendeld. Ontgrendel om je kringen te zien.', en: 'Kring is locked. Unlock to see your circles.' },
};
const UNKNOWN: ApiError = {
  code: 'unknown-circle',
  message: { nl: 'Deze kring bestaat niet (meer).', en: 'This circle does not exist (any more).' },
};
const EMPTY_NAME: ApiError = {
  code: 'empty-name',
  message: { nl: 'Geef de kring een naam.', en: 'Give the circle a name.' },
};
const DUPLICATE_PEOPLE: ApiError = {
  code: 'duplicate-name',
  message: { nl: 'Een naam staat twee keer in de lijst. Maak ze verschillend, bijvoorbeeld met een initiaal.', en: 'A name is in the list twice. Make them different, with an initial for example.' },
};

export interface CirclesServiceOptions {
  vaults: VaultService;
  clock: Clock;
  host: Pick<SessionHost, 'begin' | 'state'>;
  records: Pick<RecordsService, 'historyOf' | 'summariesOf'>;
  retentionMonths: () => number;
}

const presentersOf = (persisted: PersistedSession): SessionPresenters => {
  const ctx = persisted.context;
  const nameOf = (id: string | null) => ctx.plan.participants.find((p) => p.id === id)?.name ?? null;
  const presenters = ctx.cases.flatMap((c) => {
    const name = nameOf(ctx.proposals.find((p) => p.id === c.proposalId)?.presenterId ?? null);
    return name ? [name] : [];
  });
  return { date: ctx.startedAt ?? ctx.createdAt, presenters };
};

const clean = (list: readonly string[]) => list.map((x) => x.trim()).filter((x) => x.length > 0);

export function createCirclesService(options: CirclesServiceOptions) {
  const { vaults, clock, host, records } = options;

  const withVault = async <T>(fn: (vault: Vault) => Promise<Reply<T>>): Promise<Reply<T>> => {
    const vault = vaults.vault();
    return vault ? fn(vault) : { ok: false, error: LOCKED };
  };

  const circleOf = async (vault: Vault, id: string) => (await vault.get<Circle>(recordId('circle', id)))?.data ?? null;
  const put = async (vault: Vault, circle: Circle) => {
    await vault.put(recordId('circle', circle.id), 'circle', circle);
    return circle;
  };
  async function all(vault: Vault): Promise<Circle[]> {
    const circles = (await vault.list('circle')).map((r) => r.data as Circle);
    return circles.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
  async function circleOfSession(vault: Vault, sessionId: string): Promise<Circle | null> {
    return (await all(vault)).find((c) => c.sessionIds.includes(sessionId)) ?? null;
  }

  /** The requests voiced in the circle's sessions (their case summaries) that it does not know yet. */
  async function withVoicedRequests(circle: Circle): Promise<Circle> {
    const voiced: VoicedRequests[] = [];
    for (const sessionId of circle.sessionIds) {
      const persisted = await records.historyOf(sessionId);
      const askedAt = persisted ? (persisted.context.startedAt ?? persisted.context.createdAt) : 0;
      for (const s of await records.summariesOf(sessionId)) voiced.push({ sessionId, caseId: s.caseId, askedAt, requests: s.requests });
    }
    return { ...circle, requests: collectRequests(circle.requests, voiced) };
  }

  async function brief(vault: Vault, sessionId: string): Promise<CircleBrief | null> {
    const circle = await circleOfSession(vault, sessionId);
    if (!circle) return null;
    const earlier = circle.sessionIds.filter((id) => id !== sessionId);
    const sessions: SessionPresenters[] = [];
    for (const id of earlier) {
      const persisted = await records.historyOf(id);
      if (persisted) sessions.push(presentersOf(persisted));
    }
    return {
      circleId: circle.id,
      name: circle.name,
      agreements: circle.agreements,
      requests: requestsForOpening(circle.requests, sessionId),
      rotation: rotation(circle.participants, sessions),
    };
  }

  const currentSessionId = () => host.state()?.context.id ?? null;

  const handlers: Pick<Handlers, 'circles.list' | 'circles.save' | 'circles.delete' | 'circles.begin' | 'circles.current' | 'circles.review' | 'templates.list' | 'templates.save' | 'templates.delete'> = {
    'circles.list': () => withVault(async (vault) => ({ ok: true, value: await all(vault) })),
    'circles.save': (req) =>
      withVault(async (vault) => {
        const draft: CircleDraft = req;
        const name = draft.name.trim();
        if (!name) return { ok: false, error: EMPTY_NAME };
        const participants = clean(draft.participants);
        const lower = participants.map((p) => p.toLocaleLowerCase('nl'));
        if (new Set(lower).size !== lower.length) return { ok: false, error: DUPLICATE_PEOPLE };
        const existing = draft.id ? await circleOf(vault, draft.id) : null;
        if (draft.id && !existing) return { ok: false, error: UNKNOWN };
        const now = clock.now();
        const circle: Circle = {
          id: existing?.id ?? randomUUID(),
          name,
          participants,
          supervisorName: draft.supervisorName.trim(),
          secondFacilitatorName: draft.secondFacilitatorName.trim(),
          agreements: clean(draft.agreements),
          methodId: draft.methodId,
          templateId: draft.templateId,
          stepMinutes: draft.stepMinutes,
          sessionIds: existing?.sessionIds ?? [],
          requests: existing?.requests ?? [],
          createdAt: existing?.createdAt ?? now,
          updatedAt: now,
        };
        return { ok: true, value: await put(vault, circle) };
      }),
    'circles.delete': (req) =>
      withVault(async (vault) => {
        await vault.delete(recordId('circle', req.id));
        return { ok: true, value: null };
      }),
    /** "Nieuwe sessie met deze kring": a session of the circle's method, its plan filled in; requests of earlier sessions join the circle. */
    'circles.begin': (req) =>
      withVault(async (vault) => {
        const circle = await circleOf(vault, req.id);
        if (!circle) return { ok: false, error: UNKNOWN };
        if (!req.replace && host.state()?.phase !== undefined && host.state()?.phase !== 'closed') {
          // Let the host say why (a session is running), without touching the circle.
          return host.begin(false, { methodId: circle.methodId });
        }
        // The circle knows its new session before any window sees it, so the first look finds it.
        const sessionId = randomUUID();
        const updated = await withVoicedRequests(circle);
        await put(vault, { ...updated, sessionIds: [...updated.sessionIds, sessionId], updatedAt: clock.now() });
        const prefill = {
          participants: circle.participants,
          supervisorName: circle.supervisorName,
          secondFacilitatorName: circle.secondFacilitatorName,
          templateId: circle.templateId,
          stepMinutes: circle.stepMinutes,
        };
        const begun = host.begin(req.replace, { methodId: circle.methodId, prefill, sessionId });
        if (!begun.ok) await put(vault, { ...updated, updatedAt: clock.now() });
        return begun;
      }),
    'circles.current': () =>
      withVault(async (vault) => {
        const sessionId = currentSessionId();
        return { ok: true, value: sessionId ? await brief(vault, sessionId) : null };
      }),
    'circles.review': (req) =>
      withVault(async (vault) => {
        const sessionId = currentSessionId();
        const circle = sessionId ? await circleOfSession(vault, sessionId) : null;
        if (!circle || !sessionId) return { ok: false, error: UNKNOWN };
        await put(vault, { ...circle, requests: reviewRequest(circle.requests, req.requestId, req.status, sessionId), updatedAt: clock.now() });
        return { ok: true, value: await brief(vault, sessionId) };
      }),
    'templates.list': () => withVault(async (vault) => ({ ok: true, value: (await vault.get<SavedTemplate[]>(TEMPLATES_ID))?.data ?? [] })),
    'templates.save': (req) =>
      withVault(async (vault) => {
        const name = req.name.trim();
        if (!name) return { ok: false, error: { code: 'empty-name', message: { nl: 'Geef het sjabloon een naam.', en: 'Give the template a name.' } } };
        const list = (await vault.get<SavedTemplate[]>(TEMPLATES_ID))?.data ?? [];
        const template: SavedTemplate = { id: randomUUID(), name, methodId: req.methodId, minutes: req.minutes };
        const next = [...list.filter((x) => x.name.toLocaleLowerCase('nl') !== name.toLocaleLowerCase('nl') || x.methodId !== req.methodId), template];
        await vault.put(TEMPLATES_ID, 'durations', next);
        return { ok: true, value: next };
      }),
    'templates.delete': (req) =>
      withVault(async (vault) => {
        const list = (await vault.get<SavedTemplate[]>(TEMPLATES_ID))?.data ?? [];
        const next = list.filter((x) => x.id !== req.id);
        await vault.put(TEMPLATES_ID, 'durations', next);
        return { ok: true, value: next };
      }),
  };

  return {
    handlers,
    /** After unlock: requests older than the retention period go, like the sessions they were voiced in. */
    async onUnlocked() {
      const vault = vaults.vault();
      if (!vault) return;
      const cutoff = subMonths(clock.now(), options.retentionMonths()).getTime();
      for (const circle of await all(vault)) {
        const kept = circle.requests.filter((r) => r.askedAt >= cutoff);
        if (kept.length !== circle.requests.length) await put(vault, { ...circle, requests: kept });
      }
    },
  };
}
