// @vitest-environment jsdom
/**
 * At time-up the digits change first; the chime (and notification) come after the frame with the
 * new value, never in the same tick. The audio is set up long before, right after a digit change.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, sessionState, startSession, timekeeperView } from '../../../shared/session/index.ts';
import type { SessionCommand } from '../../../shared/ipc/contract.ts';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { applyPush, viewStore } from '../../../renderer/common/store.ts';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';
import type { SessionEvent } from '../../../shared/session/index.ts';
import { fakeApi } from './fake-api.ts';

const audio = vi.hoisted(() => ({ chimes: [] as { kind: string; digits: string | null; at: number }[], warmedAt: [] as number[] }));

vi.mock('../../../renderer/common/chime.ts', () => ({
  chime: (kind: string) => audio.chimes.push({ kind, digits: document.querySelector('[data-testid="time-left"]')?.textContent ?? null, at: Date.now() }),
  warmAudio: () => audio.warmedAt.push(Date.now()),
  audioWarm: () => audio.warmedAt.length > 0,
  unlockAudio: () => undefined,
}));

const { Timekeeper } = await import('../../../renderer/timekeeper/Timekeeper.tsx');

const T0 = Date.UTC(2025, 2, 11, 13, 0);

describe('timekeeper, chime at time-up', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    setApiForTests(fakeApi({ 'observations.list': [] }).api);
    audio.chimes = [];
    audio.warmedAt = [];
  });
  afterEach(() => {
    cleanup();
    viewStore.set(null);
    setApiForTests(null);
    vi.useRealTimers();
  });

  it('shows 0:00 first and chimes after the frame, with the audio warmed long before', async () => {
    const actor = startSession('s1', T0);
    const events: LooseCommand[] = [
      { type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' },
      { type: 'CONFIRM_PLAN' },
      { type: 'FINISH_OPENING' },
      { type: 'ADD_PROPOSAL', id: 'q1', title: 'Een moeilijk gesprek', presenterId: 'p1', criteria: [] },
      { type: 'CHOOSE_PROPOSAL', id: 'q1', caseId: 'c1', minutes: { inbreng: 1 } },
      { type: 'START' },
    ];
    for (const e of events) {
      const result = applyCommand(actor, { ...aimAt(e, actor.getSnapshot().context.moves), now: T0 } as SessionEvent);
      if (!result.ok) throw new Error(`${e.type}: ${result.refusal.code}`);
    }
    // Opened 250 ms after the start: the digits change at T0 + 1 s, 2 s, …
    vi.setSystemTime(T0 + 250);
    applyPush({ type: 'view', view: JSON.parse(JSON.stringify(timekeeperView(sessionState(actor), Date.now()))) });
    render(<Timekeeper />);
    const digits = () => screen.getByTestId('time-left').textContent;
    expect(digits()).toBe('1:00');

    // Warmed once, just after a digit change (not in the middle of a second), and before time-up.
    await act(async () => void (await vi.advanceTimersByTimeAsync(2_000)));
    expect(audio.warmedAt).toHaveLength(1);
    const phase = (audio.warmedAt[0]! - T0) % 1000;
    expect(phase).toBeGreaterThan(0);
    expect(phase).toBeLessThan(200);

    // To exactly time-up: the tick shows 0:00 and has not chimed.
    await act(async () => void (await vi.advanceTimersByTimeAsync(T0 + 60_000 - Date.now())));
    expect(digits()).toBe('0:00');
    expect(audio.chimes.filter((c) => c.kind === 'timeup')).toHaveLength(0);

    // After the next frame: one chime, with 0:00 already on screen.
    await act(async () => void (await vi.advanceTimersByTimeAsync(150)));
    const timeup = audio.chimes.filter((c) => c.kind === 'timeup');
    expect(timeup).toHaveLength(1);
    expect(timeup[0]!.digits).toBe('0:00');
    expect(timeup[0]!.at).toBeGreaterThan(T0 + 60_000);
  });
});
