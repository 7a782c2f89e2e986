/**
 * Practice ("Oefenen"): a whole case with an example on a fast clock, both windows working, and
 * nothing stored — no session file, no vault record, no history.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { HistoryEntry, Note, Push, Reply, WindowRole } from '../../../shared/ipc/index.ts';
import { PRACTICE_RATE } from '../../../shared/session/index.ts';
import type { SupervisorView, TimekeeperView } from '../../../shared/session/index.ts';
import { startTestServices, value } from './test-services.ts';
import type { TestServices } from './test-services.ts';

let env: TestServices;
let services: AppServices;
let clock: TestServices['clock'];
let dataDir: string;
let d: TestServices['d'];

beforeEach(async () => {
  env = await startTestServices('kring-practice-');
  ({ services, clock, dataDir, d } = env);
});

afterEach(() => env.stop());


async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(`${path}:${(await stat(path)).size}`);
  }
  return out.sort();
}

describe('practice', () => {
  it('runs a case with the example on a fast clock, and leaves the data folder as it was', async () => {
    value(await d('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' }));
    // what a fresh vault writes after opening (the history index) lands first
    await new Promise((r) => setTimeout(r, 300));
    await services.flush();
    const before = await files(dataDir);

    value(await d('supervisor', 'session.begin', { replace: false, practice: true }));
    const ready = value<SupervisorView>(await d('supervisor', 'session.view'));
    expect(ready.practice).toBe(true);
    expect(ready.phase).toBe('choosing');
    expect(ready.plan.participants).toHaveLength(6);
    expect(ready.proposals).toHaveLength(1);

    value(await d('supervisor', 'session.command', { type: 'CHOOSE_PROPOSAL', id: ready.proposals[0]!.id, caseId: '' }));
    value(await d('timekeeper', 'session.command', { type: 'START' }));
    clock.advance(6_000); // six real seconds: one minute of practice
    const tk = value<TimekeeperView>(await d('timekeeper', 'session.view'));
    expect(tk.practice).toBe(true);
    expect(tk.current?.timer.rate).toBe(PRACTICE_RATE);
    expect(tk.current?.timer.elapsedMs).toBe(60_000);
    // Both windows work as in a real session: notes, observations, a summary.
    value(await d('supervisor', 'notes.save', { caseId: ready.cases[0]?.id ?? null, stepId: 'inbreng', text: 'Oefennotitie over cliënte A' }));
    value(await d('timekeeper', 'observations.add', { tag: 'advice', text: 'oefen-observatie' }));
    expect(value<Note[]>(await d('supervisor', 'notes.list', { sessionId: ready.sessionId }))).toHaveLength(1);
    value(await d('timekeeper', 'session.command', { type: 'NEXT' }));
    // Export is refused with a reason: nothing leaves practice.
    const exported = await d('supervisor', 'summary.export', { sessionId: ready.sessionId, caseId: null, format: 'markdown' });
    expect(exported).toMatchObject({ ok: false, error: { code: 'practice-no-export' } });

    await services.flush();
    expect(await files(dataDir)).toEqual(before);
    expect(value<HistoryEntry[]>(await d('supervisor', 'history.list', { query: '' }))).toEqual([]);

    const circlePushes: Push[] = [];
    services.connect('circle', (p) => circlePushes.push(p));
    value(await d('supervisor', 'session.endPractice'));
    expect(value(await d('supervisor', 'session.view'))).toBeNull();
    // Every window is told: the timekeeper and the circle display drop the practice at once.
    expect(circlePushes.at(-1)?.type === 'no-session' || circlePushes.some((p) => p.type === 'no-session')).toBe(true);
    await services.flush();
    expect(await files(dataDir)).toEqual(before);
    // A real session afterwards starts clean.
    value(await d('supervisor', 'session.begin', { replace: false }));
    const real = value<SupervisorView>(await d('supervisor', 'session.view'));
    expect(real.practice).toBeUndefined();
    expect(real.proposals).toEqual([]);
    expect(value<Note[]>(await d('supervisor', 'notes.list', { sessionId: real.sessionId }))).toEqual([]);
  });

  it('is refused while a real session runs, so nothing of it is lost', async () => {
    value(await d('supervisor', 'vault.create', { passphrase: 'koffie bij de kring om negen' }));
    value(await d('supervisor', 'session.begin', { replace: false }));
    const refused = await d('supervisor', 'session.begin', { replace: true, practice: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'practice-over-session' } });
    if (!refused.ok) expect(refused.error.message.nl).toMatch(/echte sessie/);
    expect(value<SupervisorView>(await d('supervisor', 'session.view')).practice).toBeUndefined();
  });
});
