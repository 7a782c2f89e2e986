// @vitest-environment jsdom
/**
 * The circle display as the group sees it, drawn from the views a real session engine makes (what
 * main would push): the step, the rule, the time; the facilitators' display choices; quiet overtime;
 * the break's "we continue at"; practice; a language change; and privacy. The per-second update
 * changes the digits' text node and nothing else.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, circleView, sessionState, startSession } from '../../../shared/session/index.ts';
import type { SessionEvent } from '../../../shared/session/index.ts';
import type { CircleView } from '../../../shared/session/views.ts';
import { DEFAULT_CIRCLE_DISPLAY } from '../../../shared/ipc/circle-display.ts';
import type { CircleDisplay } from '../../../shared/ipc/circle-display.ts';
import { DEFAULT_SETTINGS } from '../../../shared/ipc/settings.ts';
import { connectedStore, displayStore, settingsStore, viewStore } from '../../../renderer/common/stores.ts';
import { render } from '../../../renderer/circle/mount.ts';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';

const T0 = Date.UTC(2025, 2, 11, 13, 0);

const TO_FIRST_STEP: LooseCommand[] = [
  { type: 'ADD_PARTICIPANT', id: 'p1', name: 'Annelies Vermeulen' },
  { type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' },
  { type: 'CONFIRM_PLAN' },
  { type: 'FINISH_OPENING' },
  { type: 'ADD_PROPOSAL', id: 'q1', title: 'Zorgen om mevrouw Janssens', presenterId: 'p1', criteria: [] },
  { type: 'CHOOSE_PROPOSAL', id: 'q1', caseId: 'c1', minutes: { inbreng: 2 } },
];

/** A real session, driven by commands at the current (fake) time. */
function session(events: LooseCommand[]) {
  const actor = startSession('s1', T0);
  const run = (more: LooseCommand[]) => {
    for (const e of more) {
      const result = applyCommand(actor, { ...aimAt(e, actor.getSnapshot().context.moves), now: Date.now() } as SessionEvent);
      if (!result.ok) throw new Error(`${e.type}: ${result.refusal.code}`);
    }
  };
  run(events);
  return {
    run,
    /** What main pushes to the circle display (through JSON, as over the wire). */
    view: (): CircleView => JSON.parse(JSON.stringify(circleView(sessionState(actor), Date.now()))) as CircleView,
  };
}

const $ = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const text = (testId: string) => $(testId)?.textContent ?? null;
const display = (change: Partial<CircleDisplay>) => displayStore.set({ ...displayStore.get(), ...change });

let unmount: () => void = () => undefined;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(T0);
  document.body.innerHTML = '<div id="root"></div>';
  localStorage.clear();
  settingsStore.set(DEFAULT_SETTINGS);
  displayStore.set(DEFAULT_CIRCLE_DISPLAY);
  viewStore.set(null);
  connectedStore.set(true);
  unmount = render();
});
afterEach(() => {
  unmount();
  viewStore.set(null);
  connectedStore.set(false);
  vi.useRealTimers();
});

describe('the circle display', () => {
  it('welcomes the group before a session, and says it is connecting before main answers', () => {
    expect(document.querySelector('main')?.textContent).toContain('Welkom in de kring.');
    connectedStore.set(false);
    expect(document.querySelector('main')?.textContent).toContain('Verbinden met Kring…');
    expect(document.documentElement.dataset.contrast).toBe('high');
    expect(document.title).toBe('Kring · Kringscherm');
  });

  it('shows the step, its rule, who speaks and the time, and counts down by changing only the digits', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    expect(text('circle-step')).toBe('Inbreng');
    expect(text('circle-rule')).toBe('Luisteren, nog geen vragen');
    expect(document.querySelector('.circle-top')?.textContent).toBe('Casus 1 · Stap 1 van 6');
    expect(document.querySelector('.circle-who')?.textContent).toBe('Aan het woord: Alleen de inbrenger.');
    expect(text('time-left')).toBe('2:00');
    const box = document.querySelector('.countdown')!;
    expect(box.getAttribute('data-run')).toBe('running');
    expect(box.getAttribute('data-zone')).toBe('normal');

    const digits = $('time-left')!.firstChild!;
    const main = document.querySelector('main');
    const changes = new MutationObserver(() => undefined);
    changes.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    vi.advanceTimersByTime(3_000);
    expect(text('time-left')).toBe('1:57');
    const records = changes.takeRecords();
    changes.disconnect();
    // Three seconds: three writes to the one text node, and nothing else in the window.
    expect(records).toHaveLength(3);
    expect(records.every((r) => r.type === 'characterData' && r.target === digits)).toBe(true);
    expect(document.querySelector('main')).toBe(main);
    // One timer pending at any moment: no interval, no animation loop.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('a push that changes nothing the group sees touches nothing', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    const changes = new MutationObserver(() => undefined);
    changes.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    // A new view object for something only the supervisor sees (here: a participant added).
    s.run([{ type: 'ADD_PARTICIPANT', id: 'p3', name: 'Chloë' }]);
    viewStore.set(s.view());
    display({});
    expect(changes.takeRecords()).toEqual([]);
    changes.disconnect();
  });

  it('never shows names, case titles or notes', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    for (const mode of ['digits', 'bar'] as const) {
      display({ time: mode });
      const shown = document.body.textContent ?? '';
      expect(shown).not.toContain('Annelies');
      expect(shown).not.toContain('Bram');
      expect(shown).not.toContain('Janssens');
    }
  });

  it('follows the facilitators: time hidden, bar only, blank screen, rule card', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());

    display({ time: 'hidden' });
    expect($('time-left')).toBeNull();
    expect(text('circle-rule')).toBe('Luisteren, nog geen vragen');

    vi.advanceTimersByTime(30_000);
    display({ time: 'bar' });
    expect($('time-left')!.style.display).toBe('none');
    const fill = document.querySelector<HTMLElement>('.countdown-bar-fill')!;
    // The bar shows the time gone (a quarter of two minutes) at once, not at the next second.
    expect(fill.style.transform).toBe('scaleX(0.25)');
    expect(document.querySelector('.countdown-bar')?.getAttribute('aria-hidden')).toBe('true');
    expect(document.querySelector('.countdown .sr-only')?.textContent).toBe('De balk toont hoeveel tijd er van deze stap voorbij is.');
    vi.advanceTimersByTime(30_000);
    expect(fill.style.transform).toBe('scaleX(0.5)');

    display({ time: 'digits' });
    expect($('time-left')!.style.display).toBe('');
    expect(document.querySelector('.countdown-bar')).toBeNull();
    expect(text('time-left')).toBe('1:00');

    display({ blackout: true });
    expect($('circle-blackout')).not.toBeNull();
    expect($('circle-step')).toBeNull();
    expect($('time-left')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('Even een rustig scherm');
    display({ blackout: false });
    expect(text('circle-step')).toBe('Inbreng');
    expect(text('time-left')).toBe('1:00');

    display({ ruleCardUntil: Date.now() + 20_000 });
    const card = $('circle-rule-card')!;
    expect(card.querySelector('h1')?.textContent).toBe('Inbreng');
    const [dos, donts] = [...card.querySelectorAll('section')];
    expect(dos!.querySelector('h2')?.textContent).toBe('Wat nu wel');
    expect(donts!.querySelector('h2')?.textContent).toBe('Wat nu niet');
    expect(donts!.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(dos!.getAttribute('aria-labelledby')).toBe('rule-do');
    display({ ruleCardUntil: null });
    expect($('circle-rule-card')).toBeNull();
    expect(text('circle-step')).toBe('Inbreng');
  });

  it('keeps overtime quiet: a small "+0:05", never an alarm word; or nothing at all', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    const digits = $('time-left')!;
    expect(digits.style.fontSize).toBe('clamp(5rem, min(13vw, 24vh), 15rem)');
    // (the colour follows the digits within a frame; 100 ms where jsdom gives no frame)
    vi.advanceTimersByTime(60_100);
    expect(document.querySelector('.countdown')?.getAttribute('data-zone')).toBe('warning');
    vi.advanceTimersByTime(64_900);
    expect(text('time-left')).toBe('+0:05');
    expect(document.querySelector('.countdown')?.getAttribute('data-zone')).toBe('timeup');
    expect(digits.style.fontSize).toBe('clamp(2.5rem, 7vh, 6rem)');
    expect(document.querySelector('main')?.textContent).not.toMatch(/tijd is om/i);
    expect(document.querySelector('.circle-clock')?.classList.contains('gone')).toBe(false);

    display({ overtime: 'none' });
    expect(document.querySelector('.circle-clock')?.classList.contains('gone')).toBe(true);
  });

  it('shows the feelings and needs in the silent step, with a small clock', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }, { type: 'NEXT' }]);
    viewStore.set(s.view());
    expect(text('circle-step')).toBe('Stille inventaris');
    expect(document.querySelector('main')?.classList.contains('silent')).toBe(true);
    const headings = [...document.querySelectorAll('.circle-words h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Aangename gevoelens', 'Onaangename gevoelens', 'Behoeften']);
    expect(document.querySelectorAll('.circle-words li').length).toBeGreaterThan(30);
    expect($('time-left')!.style.fontSize).toBe('clamp(2.5rem, 7vh, 6rem)');
  });

  it('says during the break when we continue, as a time of day', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }, ...Array.from({ length: 6 }, () => ({ type: 'NEXT' }) as LooseCommand)]);
    s.run([{ type: 'START_BREAK', minutes: 15 }]);
    viewStore.set(s.view());
    expect(text('circle-step')).toBe('Pauze');
    const resume = new Date(T0 + 15 * 60_000);
    const hhmm = `${String(resume.getHours()).padStart(2, '0')}:${String(resume.getMinutes()).padStart(2, '0')}`;
    expect(document.querySelector('.circle-hold-text')?.textContent).toBe(`We gaan verder om ${hhmm}.`);
    expect(text('time-left')).toBe('15:00');
  });

  it('marks practice', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set({ ...s.view(), practice: true });
    expect(text('practice-banner')).toBe('Oefening');
  });

  it('changes language at once, without losing the running clock', () => {
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    const clock = document.querySelector('.countdown');
    settingsStore.set({ ...settingsStore.get(), language: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(text('circle-step')).not.toBe('Inbreng');
    expect(document.querySelector('.circle-top')?.textContent).toBe('Case 1 · Step 1 of 6');
    expect(document.querySelector('.circle-who')?.textContent).toMatch(/^Speaking: /);
    expect(document.querySelector('.countdown')).toBe(clock);
    vi.advanceTimersByTime(1_000);
    expect(text('time-left')).toBe('1:59');
  });

  it('follows the theme, and always keeps high contrast for the room', () => {
    settingsStore.set({ ...settingsStore.get(), theme: 'dark' });
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.contrast).toBe('high');
    settingsStore.set({ ...settingsStore.get(), theme: 'light' });
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('the projector check: the T key opens it, + and − scale the text, remembered for this display', () => {
    expect($('projector-open')?.textContent).toBe('Scherm testen');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 't' }));
    const dialog = $('projector-check')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('Uitwisseling');
    expect(document.activeElement).toBe($('projector-done'));
    expect(text('projector-scale')).toBe('Tekst 100%');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));
    $('projector-bigger')!.click();
    expect(text('projector-scale')).toBe('Tekst 120%');
    expect(document.documentElement.style.getPropertyValue('--circle-scale')).toBe('1.2');
    expect(Object.values({ ...localStorage })).toContain('1.2');
    // Focus stays where it was: the dialog is updated, not drawn again.
    expect(document.activeElement).toBe($('projector-done'));
    for (let i = 0; i < 10; i++) $('projector-smaller')!.click();
    expect(text('projector-scale')).toBe('Tekst 70%');
    expect(($('projector-smaller') as HTMLButtonElement).disabled).toBe(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect($('projector-check')).toBeNull();
    expect($('projector-open')).not.toBeNull();

    // Once the case runs, nobody should find a button on the group's screen.
    const s = session([...TO_FIRST_STEP, { type: 'START' }]);
    viewStore.set(s.view());
    expect($('projector-open')).toBeNull();
  });
});
