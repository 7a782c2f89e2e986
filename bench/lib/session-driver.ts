/** Sets sessions up over the wire, the way the supervisor's window would. */
import type { StepId } from '../../shared/method/index.ts';
import type { SupervisorView, TimekeeperView } from '../../shared/session/index.ts';
import type { WireClient } from './wire-client.ts';

export const PASSPHRASE = 'lange zin voor de benchmark 2024';
export const PARTICIPANTS = ['Anna', 'Bram', 'Chris', 'Dewi', 'Eline', 'Fatima'];

export const STEP_IDS: readonly StepId[] = ['inbreng', 'stille-inventaris', 'vragen', 'uitwisseling', 'terugkoppeling', 'samenvatting'];

export function supervisorViewOf(client: WireClient): SupervisorView {
  const view = client.lastView();
  if (!view || view.role !== 'supervisor') throw new Error('no supervisor view yet');
  return view;
}

/** Begin a session, plan it, open it, propose `proposals` cases; leaves it in "choosing". */
export async function planSession(sup: WireClient, options: { replace?: boolean; begin?: boolean; proposals?: string[] } = {}): Promise<void> {
  if (options.begin !== false) await sup.must('session.begin', { replace: options.replace ?? false });
  for (const name of PARTICIPANTS) await sup.command({ type: 'ADD_PARTICIPANT', id: '', name });
  await sup.command({ type: 'CONFIRM_PLAN' });
  await sup.command({ type: 'FINISH_OPENING' });
  for (const title of options.proposals ?? ['Een moeilijk gesprek met een collega', 'Grenzen bewaken bij een cliënt']) {
    await sup.command({ type: 'ADD_PROPOSAL', id: '', title, presenterId: null, criteria: [] });
  }
}

/** Choose the first open proposal as the next case, with these step minutes. The first step is not started. */
export async function chooseCase(sup: WireClient, minutes: Partial<Record<StepId, number>>): Promise<SupervisorView> {
  const open = supervisorViewOf(sup).proposals.find((p) => p.status === 'open');
  if (!open) throw new Error('no open proposal');
  const chosen = sup.waitForView((v) => v.phase === 'case');
  await sup.command({ type: 'CHOOSE_PROPOSAL', id: open.id, caseId: '', minutes });
  return (await chosen) as SupervisorView;
}

/** The running step's timer as the services see it now (from the latest pushed view). */
export function currentTimerOf(view: SupervisorView | TimekeeperView | null) {
  return view?.current?.timer ?? null;
}
