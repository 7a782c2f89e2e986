/**
 * vault.unlockMs: vault.lock then vault.unlock over the wire with the real KDF (scrypt N=2^17),
 * round trip from Node, median of 5. vault.saveP99Ms: notes.save of a 10 KB note over the wire
 * (encrypt + atomic write + fsync in the services), round trip from Node, p99 of 200 after 20
 * warm-up saves; the same note is saved again each time, as autosave does.
 */
import { median, percentile, round } from '../lib/stats.ts';
import { noteText } from '../lib/note-text.ts';
import { PASSPHRASE } from '../lib/session-driver.ts';
import type { WireClient } from '../lib/wire-client.ts';

export interface VaultResult {
  unlockMs: number;
  unlockRunsMs: number[];
  saveP50Ms: number;
  saveP99Ms: number;
  saveMaxMs: number;
  saves: number;
}

/** Precondition: the vault is unlocked and a case step is current (notes need a session). */
export async function measureVault(sup: WireClient, saves = 200, warmup = 20): Promise<VaultResult> {
  const unlockRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sup.must('vault.lock', {});
    const t0 = performance.now();
    await sup.must('vault.unlock', { passphrase: PASSPHRASE });
    unlockRuns.push(performance.now() - t0);
  }
  const view = sup.lastView();
  const caseId = view?.role === 'supervisor' ? (view.cases.at(-1)?.id ?? null) : null;
  const stepId = view?.current?.stepId ?? null;
  const times: number[] = [];
  for (let i = 0; i < warmup + saves; i++) {
    const text = noteText(10 * 1024, i);
    const t0 = performance.now();
    await sup.must('notes.save', { caseId, stepId, text });
    if (i >= warmup) times.push(performance.now() - t0);
  }
  return {
    unlockMs: round(median(unlockRuns), 0),
    unlockRunsMs: unlockRuns.map((x) => round(x, 0)),
    saveP50Ms: round(median(times), 2),
    saveP99Ms: round(percentile(times, 99), 2),
    saveMaxMs: round(Math.max(...times), 2),
    saves: times.length,
  };
}
