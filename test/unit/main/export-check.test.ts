/** The export warning lists what the export will carry that may identify someone — the case title included. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAppServices } from '../../../electron/main/services/app-services.ts';
import type { AppServices } from '../../../electron/main/services/app-services.ts';
import type { ExportFinding, Reply } from '../../../shared/ipc/index.ts';
import type { SupervisorView } from '../../../shared/session/index.ts';
import { dispatchAimed } from '../../support/aim.ts';
import { FakeClock } from './fake-clock.ts';

let dataDir: string;
let services: AppServices;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kring-export-'));
  let stored: unknown;
  services = await createAppServices({
    dataDir,
    clock: new FakeClock(),
    settings: { read: () => stored, write: (v) => void (stored = structuredClone(v)) },
    transport: 'websocket',
    kdf: { N: 2 ** 10, r: 8, p: 1 },
  });
});
afterEach(async () => {
  await services.flush();
  services.dispose();
  await new Promise((r) => setTimeout(r, 50));
  await rm(dataDir, { recursive: true, force: true });
});

function value<T>(reply: Reply<unknown>): T {
  if (!reply.ok) throw new Error(`refused: ${reply.error.code}`);
  return reply.value as T;
}

it('finds the name and the date in the case title and a room number in the summary, not the circle member', async () => {
  const d = dispatchAimed(services);
  value(await d('supervisor', 'vault.create', { passphrase: 'vier losse woorden in de kring' }));
  value(await d('supervisor', 'session.begin', { replace: false }));
  value(await d('supervisor', 'session.command', { type: 'ADD_PARTICIPANT', id: 'x', name: 'Anna Peeters' }));
  value(await d('supervisor', 'session.command', { type: 'CONFIRM_PLAN' }));
  value(await d('supervisor', 'session.command', { type: 'FINISH_OPENING' }));
  value(await d('supervisor', 'session.command', { type: 'ADD_PROPOSAL', id: 'x', title: 'Mevrouw Janssen, 12 maart', presenterId: null, criteria: [] }));
  const proposalId = value<SupervisorView>(await d('supervisor', 'session.view', {})).proposals[0]!.id;
  value(await d('supervisor', 'session.command', { type: 'CHOOSE_PROPOSAL', id: proposalId, caseId: 'x' }));
  const view = value<SupervisorView>(await d('supervisor', 'session.view', {}));
  const caseId = view.cases[0]!.id;
  value(
    await d('supervisor', 'summary.save', {
      sessionId: view.sessionId,
      caseId,
      commonThread: 'Ze lag op kamer 12 en niemand kwam.',
      themes: ['machteloosheid'],
      reflections: 'Anna Peeters neemt mee dat ze mag vragen.',
      requests: [],
    }),
  );
  // The history record is written at the phase change, in the background.
  let findings: ExportFinding[] = [];
  for (let i = 0; i < 100; i++) {
    const reply = await d('supervisor', 'summary.exportCheck', { sessionId: view.sessionId, caseId: null });
    if (reply.ok) {
      findings = reply.value as ExportFinding[];
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  expect(findings.map((f) => [f.where, f.kind, f.match])).toEqual([
    ['title', 'name', 'Mevrouw Janssen'],
    ['title', 'date', '12 maart'],
    ['thread', 'room', 'kamer 12'],
  ]);
  expect(findings[0]!.message.nl).toMatch(/naam/);
  // The timekeeper may not ask.
  expect((await d('timekeeper', 'summary.exportCheck', { sessionId: view.sessionId, caseId: null })).ok).toBe(false);
});
