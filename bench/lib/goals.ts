/**
 * The goals of issue 6, one row each, read from the results by path. A goal without a limit is a
 * number to report (e.g. the KDF's cost); `better` says which way is good.
 */
export interface Goal {
  path: string;
  label: string;
  unit: string;
  limit: number | null;
  /** Extra words for the goal column (e.g. "baseline"). */
  note?: string;
}

/** Which measure (bench/measure/*, `--only=` name) produces a result path. */
export function measureOf(path: string): string {
  if (path.startsWith('timer.') && /Hidden|Frozen/.test(path)) return 'hidden';
  if (path.startsWith('timer.')) return 'timer';
  if (path.startsWith('renderer.bundle')) return 'bundle';
  if (path.startsWith('renderer.firstRender')) return 'firstRender';
  if (path === 'renderer.heapMBSupervisor') return 'supervisorHeap';
  if (path.startsWith('renderer.')) return 'idle';
  return path.split('.')[0]!;
}

export const GOALS: Goal[] = [
  { path: 'timer.maxErrorMs', label: 'Timer: max error (60 s countdown)', unit: 'ms', limit: 10 },
  { path: 'timer.changeLagMs.median', label: 'Timer: change lag, median', unit: 'ms', limit: null },
  { path: 'timer.changeLagMs.max', label: 'Timer: change lag, max', unit: 'ms', limit: 20 },
  { path: 'timer.naiveMaxErrorMs', label: 'Naive setInterval: max error (same run)', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'timer.afterHiddenMs', label: 'Timer: error after 30 s hidden', unit: 'ms', limit: 20 },
  { path: 'timer.afterFrozenMs', label: 'Timer: error after 30 s hidden + frozen', unit: 'ms', limit: 20 },
  { path: 'timer.naiveAfterHiddenMs', label: 'Naive: error after 30 s hidden', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'timer.naiveAfterFrozenMs', label: 'Naive: error after 30 s hidden + frozen', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'sync.p50Ms', label: 'Sync timekeeper → supervisor, p50', unit: 'ms', limit: 5 },
  { path: 'sync.p99Ms', label: 'Sync timekeeper → supervisor, p99', unit: 'ms', limit: 16 },
  { path: 'renderer.bundleGzipKB.supervisor', label: 'Bundle (gzip) supervisor', unit: 'KB', limit: 150 },
  { path: 'renderer.bundleGzipKB.timekeeper', label: 'Bundle (gzip) timekeeper', unit: 'KB', limit: 150 },
  { path: 'renderer.bundleGzipKB.circle', label: 'Bundle (gzip) circle', unit: 'KB', limit: 150 },
  { path: 'renderer.firstRenderMs.supervisor', label: 'First render supervisor (median of 5)', unit: 'ms', limit: 300 },
  { path: 'renderer.firstRenderMs.timekeeper', label: 'First render timekeeper (median of 5)', unit: 'ms', limit: 300 },
  { path: 'renderer.firstRenderMs.circle', label: 'First render circle (median of 5)', unit: 'ms', limit: 300 },
  { path: 'renderer.idleCpuPct', label: 'Idle CPU, timekeeper counting (% of a core)', unit: '%', limit: 1 },
  { path: 'renderer.layoutsPerSec', label: 'Layouts per second, same', unit: '/s', limit: null },
  { path: 'renderer.heapMB', label: 'JS heap timekeeper after 30 s', unit: 'MB', limit: 8 },
  { path: 'renderer.heapMBSupervisor', label: 'JS heap supervisor after a two-case session', unit: 'MB', limit: 30 },
  { path: 'vault.unlockMs', label: 'Vault unlock (scrypt N=2^17), median of 5', unit: 'ms', limit: null, note: 'report' },
  { path: 'vault.saveP99Ms', label: 'Save 10 KB note, p99 of 200', unit: 'ms', limit: 20 },
  { path: 'history.openMs.10', label: 'History open, 10 sessions', unit: 'ms', limit: null },
  { path: 'history.openMs.100', label: 'History open, 100 sessions', unit: 'ms', limit: null },
  { path: 'history.openMs.1000', label: 'History open, 1,000 sessions', unit: 'ms', limit: 300 },
  { path: 'restore.errorMs', label: 'Restore after SIGKILL: time-left error', unit: 'ms', limit: 1000 },
  { path: 'restore.lostChars', label: 'Restore after SIGKILL: saved chars lost', unit: 'chars', limit: 0 },
];

export type Verdict = 'pass' | 'MISS' | 'report' | 'error' | 'not run';

export function valueAt(results: unknown, path: string): number | null {
  let at: unknown = results;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

export function verdict(goal: Goal, value: number | null, failed: ReadonlySet<string> = new Set()): Verdict {
  if (value === null) return failed.has(measureOf(goal.path)) ? 'error' : 'not run';
  if (goal.limit === null) return 'report';
  return value <= goal.limit ? 'pass' : 'MISS';
}
