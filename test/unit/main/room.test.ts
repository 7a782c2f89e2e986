/**
 * The facilitators' room: the timekeeper's private line to the supervisor, observations pushed the
 * moment they are added, and the circle display in either facilitator's hands. Nothing of the
 * private line ever reaches the circle display.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { CircleDisplay, Nudge, Push, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import { RULE_CARD_MS } from '../../../shared/ipc/index.ts';
import { startTestServices, value } from './test-services.ts';
import type { TestServices } from './test-services.ts';

let env: TestServices;
let services: AppServices;
let clock: TestServices['clock'];
let dataDir: string;
let d: TestServices['d'];

beforeEach(async () => {
  env = await startTestServices('kring-room-');
  ({ services, clock, dataDir, d } = env);
});

afterEach(() => env.stop());

function listen(role: WindowRole): Push[] {
  const pushes: Push[] = [];
  services.connect(role, (push) => pushes.push(structuredClone(push)));
  return pushes;
}
const lastNudges = (pushes: Push[]) => pushes.filter((p): p is Extract<Push, { type: 'nudges' }> => p.type === 'nudges').at(-1)?.nudges ?? [];
const lastDisplay = (pushes: Push[]) => pushes.filter((p): p is Extract<Push, { type: 'display' }> => p.type === 'display').at(-1)?.display;

async function inCase() {
  value(await d('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' }));
  value(await d('supervisor', 'session.begin', { replace: false }));
  value(await d('supervisor', 'session.command', { type: 'CONFIRM_PLAN' }));
  value(await d('supervisor', 'session.command', { type: 'FINISH_OPENING' }));
  value(await d('supervisor', 'session.command', { type: 'ADD_PROPOSAL', id: '', title: 'Zorgen om cliënte A', presenterId: null, criteria: [] }));
  const proposalId = services.host.state()!.context.proposals[0]!.id;
  value(await d('supervisor', 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposalId, caseId: '' }));
}

describe('the private line from the timekeeper to the supervisor', () => {
  it('a nudge reaches the supervisor and the timekeeper at once, and never the circle display', async () => {
    const sup = listen('supervisor');
    const tk = listen('timekeeper');
    const circle = listen('circle');
    const sent = value<Nudge>(await d('timekeeper', 'nudges.send', { preset: 'advice-creeping', text: 'bij de vraag over thuis' }));
    expect(lastNudges(sup).map((n) => n.id)).toEqual([sent.id]);
    expect(lastNudges(sup)[0]).toMatchObject({ preset: 'advice-creeping', text: 'bij de vraag over thuis', seenAt: null });
    expect(lastNudges(tk)[0]?.seenAt).toBeNull();
    expect(JSON.stringify(circle)).not.toContain('thuis');
    expect(circle.some((p) => p.type === 'nudges')).toBe(false);

    clock.advance(4_000);
    value(await d('supervisor', 'nudges.ack', { id: sent.id }));
    expect(lastNudges(tk)[0]?.seenAt).toBe(clock.now());
    // Acknowledged twice (two clicks, or both at once): changes nothing the second time.
    const pushesBefore = tk.length;
    value(await d('supervisor', 'nudges.ack', { id: sent.id }));
    expect(tk.length).toBe(pushesBefore);
  });

  it('only the timekeeper sends, only the supervisor acknowledges; an empty nudge says what to do', async () => {
    expect(await d('supervisor', 'nudges.send', { preset: 'two-minutes', text: '' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await d('circle', 'nudges.list')).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const empty = await d('timekeeper', 'nudges.send', { preset: null, text: '   ' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'empty-nudge' } });
    if (!empty.ok) expect(empty.error.message.nl).toMatch(/korte zin/);
    const sent = value<Nudge>(await d('timekeeper', 'nudges.send', { preset: null, text: 'terug naar de casus' }));
    expect(await d('timekeeper', 'nudges.ack', { id: sent.id })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await d('supervisor', 'nudges.ack', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'unknown-nudge' } });
  });

  it('a window that connects later gets the nudges waiting (not the circle display)', async () => {
    value(await d('timekeeper', 'nudges.send', { preset: 'let-silence-be', text: '' }));
    expect(lastNudges(listen('supervisor'))).toHaveLength(1);
    expect(listen('circle').some((p) => p.type === 'nudges')).toBe(false);
  });
});

describe('observations are pushed, not polled', () => {
  it('an observation tapped by the timekeeper reaches the supervisor the moment it is saved, and never the circle', async () => {
    await inCase();
    const sup = listen('supervisor');
    const circle = listen('circle');
    value(await d('timekeeper', 'observations.add', { tag: 'advice', text: 'tip over thuisbezoek' }));
    const pushed = sup.filter((p) => p.type === 'observation');
    expect(pushed).toHaveLength(1);
    expect(pushed[0]).toMatchObject({ observation: { tag: 'advice', text: 'tip over thuisbezoek' } });
    expect(JSON.stringify(circle)).not.toContain('thuisbezoek');
  });
});

describe('the circle display in the facilitators’ hands', () => {
  it('hide the time, bar only, blackout: set by either facilitator, pushed to every window', async () => {
    const circle = listen('circle');
    expect(lastDisplay(circle)).toMatchObject({ time: 'digits', blackout: false, ruleCardUntil: null });
    value(await d('timekeeper', 'display.set', { time: 'hidden' }));
    expect(lastDisplay(circle)?.time).toBe('hidden');
    value(await d('supervisor', 'display.set', { time: 'bar', blackout: true }));
    expect(lastDisplay(circle)).toMatchObject({ time: 'bar', blackout: true });
    expect(await d('circle', 'display.set', { blackout: false })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('both press "blank screen" at once: it is blank (a state, never a toggle)', async () => {
    const circle = listen('circle');
    await Promise.all([d('supervisor', 'display.set', { blackout: true }), d('timekeeper', 'display.set', { blackout: true })]);
    expect(lastDisplay(circle)?.blackout).toBe(true);
  });

  it('the rule card returns by itself after 20 s, or at once on the same key', async () => {
    const circle = listen('circle');
    const shown = value<CircleDisplay>(await d('supervisor', 'display.set', { ruleCard: true }));
    expect(shown.ruleCardUntil).toBe(clock.now() + RULE_CARD_MS);
    clock.advance(RULE_CARD_MS + 1);
    expect(lastDisplay(circle)?.ruleCardUntil).toBeNull();
    value(await d('timekeeper', 'display.set', { ruleCard: true }));
    value(await d('timekeeper', 'display.set', { ruleCard: false }));
    expect(lastDisplay(circle)?.ruleCardUntil).toBeNull();
    // A blank screen and the rule card do not stack: the last asked for shows.
    value(await d('supervisor', 'display.set', { ruleCard: true }));
    value(await d('supervisor', 'display.set', { blackout: true }));
    expect(lastDisplay(circle)).toMatchObject({ blackout: true, ruleCardUntil: null });
  });

  it('the settings’ time choice is where the display starts and what it follows', async () => {
    const circle = listen('circle');
    value(await d('supervisor', 'settings.set', { circleDisplay: 'bar' }));
    expect(lastDisplay(circle)?.time).toBe('bar');
  });

  it('another settings change (the language) leaves what the facilitators chose alone', async () => {
    const circle = listen('circle');
    value(await d('timekeeper', 'display.set', { time: 'hidden' }));
    value(await d('supervisor', 'settings.set', { language: 'en' }));
    expect(lastDisplay(circle)?.time).toBe('hidden');
  });

  it('a new session starts with the circle display as set up: no blank screen, no rule card, the set time', async () => {
    value(await d('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' }));
    const circle = listen('circle');
    value(await d('supervisor', 'display.set', { time: 'hidden', blackout: true }));
    value(await d('supervisor', 'session.begin', { replace: false }));
    expect(lastDisplay(circle)).toMatchObject({ time: 'digits', blackout: false, ruleCardUntil: null });
  });
});
