// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyCommand, sessionState, startSession, supervisorView } from '../../../shared/session/index.ts';
import type { SessionCommand } from '../../../shared/ipc/contract.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { setApiForTests } from '../../../renderer/common/api.ts';
import { ChoosingScreen } from '../../../renderer/supervisor/screens/ChoosingScreen.tsx';
import { PlanScreen } from '../../../renderer/supervisor/screens/PlanScreen.tsx';
import { aimAt } from '../../support/aim.ts';
import type { LooseCommand } from '../../support/aim.ts';
import type { SessionEvent } from '../../../shared/session/index.ts';
import { fakeApi } from './fake-api.ts';

const NOW = Date.UTC(2025, 2, 11, 13, 0);

/** A real session engine driven to the point we need; its supervisor view is what main would push. */
function viewAfter(events: LooseCommand[]): SupervisorView {
  const actor = startSession('s1', NOW);
  for (const e of events) {
    const result = applyCommand(actor, { ...aimAt(e, actor.getSnapshot().context.moves), now: NOW } as SessionEvent);
    if (!result.ok) throw new Error(`${e.type}: ${result.refusal.code}`);
  }
  return supervisorView(sessionState(actor), NOW);
}

const participants = (n: number) => Array.from({ length: n }, (_, i) => ({ type: 'ADD_PARTICIPANT' as const, id: `p${i}`, name: `Deelnemer ${i + 1}` }));

describe('supervisor screens', () => {
  let fake: ReturnType<typeof fakeApi>;
  beforeEach(() => {
    fake = fakeApi();
    setApiForTests(fake.api);
  });
  afterEach(() => {
    cleanup();
    setApiForTests(null);
  });

  it('the plan warns, plainly, when more than twelve take part', () => {
    const { rerender } = render(<PlanScreen view={viewAfter(participants(12))} />);
    expect(screen.queryByTestId('too-many')).toBeNull();
    rerender(<PlanScreen view={viewAfter(participants(13))} />);
    expect(screen.getByTestId('too-many').textContent).toContain('13 deelnemers');
    expect(screen.getByRole('heading', { name: /Deelnemers/ }).textContent).toContain('(13)');
  });

  it('the plan shows the timeline with the planned end, in Dutch', () => {
    render(<PlanScreen view={viewAfter([{ type: 'SET_START', startsAt: NOW }])} />);
    const timeline = screen.getByRole('heading', { name: 'Tijdlijn' }).parentElement!;
    expect(timeline.textContent).toContain('Casus 1');
    expect(timeline.textContent).toContain('Pauze');
    expect(timeline.textContent).toContain('Einde');
  });

  it('choosing adds a proposal with its presenter and criteria, and clears the form at once', async () => {
    const view = viewAfter([...participants(3), { type: 'CONFIRM_PLAN' }, { type: 'FINISH_OPENING' }]);
    render(<ChoosingScreen view={view} />);
    expect(screen.getByTestId('no-names-reminder').textContent).toContain('cliënte A');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Niet de zorg kunnen geven', 'Zorgen', 'Moeilijk contact', 'Ongemakkelijk']),
    );
    fireEvent.change(screen.getByTestId('proposal-title'), { target: { value: 'Telkens een andere vraag' } });
    fireEvent.change(screen.getByTestId('proposal-presenter'), { target: { value: 'p1' } });
    fireEvent.click(screen.getByTestId('criterion-worried'));
    await act(async () => void fireEvent.click(screen.getByTestId('add-proposal')));
    expect(fake.calls.at(-1)).toEqual({
      channel: 'session.command',
      req: { type: 'ADD_PROPOSAL', id: '', title: 'Telkens een andere vraag', presenterId: 'p1', criteria: ['worried'] },
    });
    expect((screen.getByTestId('proposal-title') as HTMLInputElement).value).toBe('');
  });

  it('choosing flags a name that is not one of the circle’s, as advice', () => {
    const view = viewAfter([...participants(2), { type: 'CONFIRM_PLAN' }, { type: 'FINISH_OPENING' }]);
    render(<ChoosingScreen view={view} />);
    fireEvent.change(screen.getByTestId('proposal-title'), { target: { value: 'Mevrouw Janssens, geboren 12/03/1990' } });
    expect(screen.getByTestId('privacy-advice').textContent).toContain('12/03/1990');
    expect((screen.getByTestId('add-proposal') as HTMLButtonElement).disabled).toBe(false);
  });
});
