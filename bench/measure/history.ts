/**
 * history.openMs for 10, 100 and 1,000 stored sessions: the vault is filled directly (real record
 * format, see lib/history-fixture.ts), the services started on it and unlocked over the wire; then
 * `history.list` (the history screen) and `history.open` of one session in the middle (one past
 * session shown), round trips from Node. The first list right after unlock is reported apart
 * (it shares the machine with the retention sweep that runs at unlock); list and open are medians
 * of three after it. history.openMs = list + open: from "History" to a past session on screen.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../lib/app.ts';
import { populateHistory } from '../lib/history-fixture.ts';
import { median, round } from '../lib/stats.ts';
import { PASSPHRASE } from '../lib/session-driver.ts';
import { openWire } from '../lib/wire-client.ts';

export interface HistoryPoint {
  sessions: number;
  records: number;
  openMs: number;
  listMs: number;
  openOneMs: number;
  firstListAfterUnlockMs: number;
  unlockMs: number;
  populateMs: number;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

export async function measureHistory(counts: number[] = [10, 100, 1000], log: (line: string) => void = () => {}): Promise<HistoryPoint[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kring-bench-history-'));
  const vaultDir = join(dataDir, 'vault');
  const points: HistoryPoint[] = [];
  try {
    let have = 0;
    for (const n of counts) {
      const [populateMs] = await timed(() => populateHistory(vaultDir, have, n));
      have = n;
      const records = (await readdir(join(vaultDir, 'records'))).length;
      log(`  ${n} sessions stored (${records} records, ${Math.round(populateMs / 1000)} s to write); timing…`);
      const app = await startApp(dataDir);
      try {
        const wire = await openWire(app.url('supervisor'));
        const [unlockMs] = await timed(() => wire.must('vault.unlock', { passphrase: PASSPHRASE }));
        const [firstList, entries] = await timed(() => wire.must('history.list', { query: '' }));
        if (entries.length !== n) throw new Error(`history.list gave ${entries.length} sessions, expected ${n}`);
        const lists: number[] = [];
        for (let i = 0; i < 3; i++) lists.push((await timed(() => wire.must('history.list', { query: '' })))[0]);
        const middle = entries[Math.floor(entries.length / 2)]!.sessionId;
        const opens: number[] = [];
        for (let i = 0; i < 3; i++) {
          const [ms, archive] = await timed(() => wire.must('history.open', { sessionId: middle }));
          if (archive.notes.length === 0) throw new Error('history.open returned a session without its notes');
          opens.push(ms);
        }
        wire.close();
        const listMs = median(lists);
        const openOneMs = median(opens);
        points.push({
          sessions: n,
          records,
          openMs: round(listMs + openOneMs, 0),
          listMs: round(listMs, 0),
          openOneMs: round(openOneMs, 0),
          firstListAfterUnlockMs: round(firstList, 0),
          unlockMs: round(unlockMs, 0),
          populateMs: round(populateMs, 0),
        });
      } finally {
        await app.stop();
      }
    }
    return points;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
