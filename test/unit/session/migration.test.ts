/**
 * Files of format version 1, written by the session host before the steps became states, restore
 * into the same step with the same time left (fixtures in test/fixtures/session-v1).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  joinConfidential,
  parsePersisted,
  persistedForm,
  PERSIST_VERSION,
  resumeSession,
  sessionState,
  supervisorView,
} from '../../../shared/session/index.ts';
import type { SessionContent } from '../../../shared/session/index.ts';

const DIR = join(import.meta.dirname, '../../fixtures/session-v1');
const read = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { version: number; savedAt: number; value: unknown; context: { moves?: number } };
const content = (name: string) => JSON.parse(readFileSync(join(DIR, name.replace('.json', '.content.json')), 'utf8')) as SessionContent;
const MIN = 60_000;

describe('version 1 session files restore as version 2', () => {
  it('the fixtures really are version 1, with the step as an index', () => {
    const raw = read('step4-running.json');
    expect(raw.version).toBe(1);
    expect(raw.value).toBe('case');
    expect(raw.context.moves).toBeUndefined();
  });

  it('a running step 4 comes back in step 4 with the time that passed counted', () => {
    const raw = read('step4-running.json');
    const actor = resumeSession(raw, raw.savedAt + 30_000);
    expect(actor.getSnapshot().value).toEqual({ case: 'uitwisseling' });
    const view = supervisorView(sessionState(actor), raw.savedAt + 30_000);
    expect(view.current?.stepId).toBe('uitwisseling');
    expect(view.current?.timer.status).toBe('running');
    // saved as step 4 began; 30 s passed while the app was closed: 15 − 0.5 = 14.5 minutes left
    expect(view.current?.timer.remainingMs).toBe(14.5 * MIN);
    actor.stop();
  });

  it('a paused step 4 comes back paused with exactly its time left', () => {
    const raw = read('step4-paused.json');
    const actor = resumeSession(raw, raw.savedAt + 3_600_000);
    const view = supervisorView(sessionState(actor), raw.savedAt + 3_600_000);
    expect(actor.getSnapshot().value).toEqual({ case: 'uitwisseling' });
    expect(view.current?.timer.status).toBe('paused');
    expect(view.current?.timer.remainingMs).toBe(9 * MIN);
    actor.stop();
  });

  it('case end and a break come back where they were, and go on working', () => {
    const ended = read('case-end.json');
    const a = resumeSession(ended, ended.savedAt);
    expect(a.getSnapshot().value).toBe('caseEnd');
    expect(applyCommand(a, { type: 'BACK', atMove: a.getSnapshot().context.moves, now: ended.savedAt })).toEqual({ ok: true });
    expect(a.getSnapshot().value).toEqual({ case: 'samenvatting' });
    a.stop();

    const brk = read('break.json');
    const b = resumeSession(brk, brk.savedAt + MIN);
    expect(b.getSnapshot().value).toBe('break');
    expect(supervisorView(sessionState(b), brk.savedAt + MIN).current?.timer.remainingMs).toBe(14 * MIN);
    b.stop();
  });

  it('the typed text kept in the vault joins the migrated session as before', () => {
    const raw = read('step4-running.json');
    const actor = resumeSession(raw, raw.savedAt);
    const joined = joinConfidential(actor.getSnapshot().context, content('step4-running.json'));
    expect(joined.plan.participants.map((p) => p.name)).toContain('Chloë');
    expect(joined.proposals[0]!.title).toBe('Een moeilijk huisbezoek');
    actor.stop();
  });

  it('once restored, it is saved as version 2 with the step in the state', () => {
    const raw = read('step4-running.json');
    const actor = resumeSession(raw, raw.savedAt);
    const saved = JSON.parse(JSON.stringify(persistedForm(actor, raw.savedAt)));
    expect(saved.version).toBe(PERSIST_VERSION);
    expect(saved.value).toEqual({ case: 'uitwisseling' });
    expect(saved.context).toMatchObject({ methodId: 'intervisie', moves: 0 });
    expect(parsePersisted(saved).value).toEqual({ case: 'uitwisseling' });
    actor.stop();
  });

  it('a version 1 case whose clock points nowhere is refused as damaged', () => {
    const raw = read('step4-running.json') as unknown as { context: { clock: unknown } };
    raw.context.clock = null;
    expect(() => parsePersisted(raw)).toThrow(/damaged/);
  });
});
