// @vitest-environment jsdom
/**
 * A pause, resume or extension pushed from the timekeeper re-renders the time card on the
 * supervisor's case screen, not the notes and prompts beside it; and the countdown shows the new
 * run state in the same commit as the push.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { memo } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyCommand, sessionState, startSession, supervisorView } from '../../../shared/session/index.ts';
import type { SessionCommand } from '../../../shared/ipc/contract.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { applyPush, useView, viewStore } from '../../../renderer/common/store.ts';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';
import type { SessionEvent } from '../../../shared/session/index.ts';
import { fakeApi } from './fake-api.ts';

const renders = vi.hoisted(() => ({ notes: 0, prompts: 0, promptsEndingSoon: [] as boolean[] }));

vi.mock('../../../renderer/supervisor/parts/NotesEditor.tsx', () => ({
  NotesEditor: () => {
    renders.notes++;
    return <textarea data-testid="notes" />;
  },
}));
vi.mock('../../../renderer/supervisor/parts/Prompts.tsx', () => ({
  Prompts: memo(({ endingSoon }: { endingSoon: boolean }) => {
    renders.prompts++;
    renders.promptsEndingSoon.push(endingSoon);
    return <section data-testid="prompts" />;
  }),
}));

const { CaseScreen } = await import('../../../renderer/supervisor/screens/CaseScreen.tsx');

const T0 = Date.UTC(2025, 2, 11, 13, 0);
const SETUP: LooseCommand[] = [
  { type: 'ADD_PARTICIPANT', id: 'p1', name: 'Anna' },
  { type: 'ADD_PARTICIPANT', id: 'p2', name: 'Bram' },
  { type: 'CONFIRM_PLAN' },
  { type: 'FINISH_OPENING' },
  { type: 'ADD_PROPOSAL', id: 'q1', title: 'Een moeilijk gesprek', presenterId: 'p1', criteria: [] },
  { type: 'CHOOSE_PROPOSAL', id: 'q1', caseId: 'c1', minutes: { inbreng: 3 } },
];

function Screen() {
  const view = useView<SupervisorView>();
  return view ? <CaseScreen view={view} /> : null;
}

describe('case screen, timer pushes', () => {
  const actor = { current: startSession('s1', T0) };
  const push = () => applyPush({ type: 'view', view: JSON.parse(JSON.stringify(supervisorView(sessionState(actor.current), Date.now()))) });
  const command = (c: LooseCommand) => {
    const result = applyCommand(actor.current, { ...aimAt(c, actor.current.getSnapshot().context.moves), now: Date.now() } as SessionEvent);
    if (!result.ok) throw new Error(`${c.type}: ${result.refusal.code}`);
    act(() => push());
  };

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
    setApiForTests(fakeApi({ 'observations.list': [] }).api);
    actor.current = startSession('s1', T0);
    for (const c of SETUP) {
      const result = applyCommand(actor.current, { ...aimAt(c, actor.current.getSnapshot().context.moves), now: T0 } as SessionEvent);
      if (!result.ok) throw new Error(`${c.type}: ${result.refusal.code}`);
    }
    renders.notes = 0;
    renders.prompts = 0;
    renders.promptsEndingSoon = [];
  });
  afterEach(() => {
    cleanup();
    viewStore.set(null);
    setApiForTests(null);
    vi.useRealTimers();
  });

  it('re-renders only what depends on the timer', async () => {
    push();
    render(<Screen />);
    await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
    command({ type: 'START' });
    const box = () => screen.getByTestId('time-left').closest('[data-run]')!;
    expect(box().getAttribute('data-run')).toBe('running');
    const notes = renders.notes;
    const prompts = renders.prompts;
    expect(notes).toBeGreaterThan(0);

    act(() => void vi.advanceTimersByTime(5_000));
    command({ type: 'PAUSE' });
    expect(box().getAttribute('data-run')).toBe('paused');
    expect(screen.getByText(/Gepauzeerd/)).toBeTruthy();
    const shown = screen.getByTestId('time-left').textContent;
    command({ type: 'EXTEND', ms: 60_000 });
    expect(screen.getByTestId('time-left').textContent).not.toBe(shown);
    act(() => void vi.advanceTimersByTime(2_000));
    command({ type: 'RESUME' });
    expect(box().getAttribute('data-run')).toBe('running');

    expect(renders.notes).toBe(notes);
    expect(renders.prompts).toBe(prompts);
  });

  it('tells the prompts the step is nearly over, at a fifth of a short step (not at two minutes)', async () => {
    push();
    render(<Screen />);
    await act(async () => void (await vi.advanceTimersByTimeAsync(10)));
    command({ type: 'START' });
    expect(renders.promptsEndingSoon.at(-1)).toBe(false);
    // Three minutes planned: "nearly over" from 36 s left (a fifth), not from two minutes left.
    act(() => void vi.advanceTimersByTime(60_001));
    expect(renders.promptsEndingSoon.at(-1)).toBe(false);
    // (plus a frame at most: the digits at 0:36 are painted before the prompts change)
    act(() => void vi.advanceTimersByTime(84_100));
    expect(renders.promptsEndingSoon.at(-1)).toBe(true);
  });
});
