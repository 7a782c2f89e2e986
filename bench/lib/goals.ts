/**
 * The goals (issue 15, building on issue 6), one row each, read from the results by path. A goal
 * without a limit is a number to report (e.g. the KDF's cost). Where the floor (bench/floor/: a
 * bare Node WebSocket server and a page that repaints one text node a second) was measured in the
 * same run, `floor` is its result path and the row shows Kring, the floor and Kring ÷ floor; a
 * `ratioLimit` is a goal on that ratio.
 */
export interface Goal {
  path: string;
  label: string;
  unit: string;
  limit: number | null;
  /** Where the floor's value for the same figure is, measured in the same run. */
  floor?: string;
  /** A goal on Kring ÷ floor. */
  ratioLimit?: number;
  /** Extra words for the goal column (e.g. "baseline"). */
  note?: string;
}

/** Which measure (bench/measure/*, `--only=` name) produces a result path. */
export function measureOf(path: string): string {
  if (path.startsWith('load.')) return 'load';
  if (path.startsWith('timer.') && /Hidden|Frozen/.test(path)) return 'hidden';
  if (path.startsWith('timer.')) return 'timer';
  if (path.startsWith('renderer.bundle')) return 'bundle';
  if (path.startsWith('renderer.firstRender')) return 'firstRender';
  if (path.startsWith('renderer.heapMBSupervisor') || path.startsWith('renderer.supervisorHeap')) return 'supervisorHeap';
  if (path.startsWith('history.feltMs')) return 'historyFelt';
  if (path.startsWith('services.start')) return 'servicesStart';
  if (path.startsWith('renderer.') || path.startsWith('services.')) return 'idle';
  return path.split('.')[0]!;
}

export const GOALS: Goal[] = [
  { path: 'timer.maxErrorMs', label: 'Timer: max error, worst of the runs', unit: 'ms', limit: 5, floor: 'floor.timer.maxErrorMs' },
  { path: 'timer.changeLagMs.median', label: 'Timer: change lag, median', unit: 'ms', limit: null, floor: 'floor.timer.changeLagMs.median' },
  { path: 'timer.changeLagMs.max', label: 'Timer: change lag, max, worst of the runs', unit: 'ms', limit: 5, floor: 'floor.timer.changeLagMs.max' },
  { path: 'timer.naiveMaxErrorMs', label: 'Naive setInterval page: max error', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'timer.afterHiddenMs', label: 'Timer: max error in 2 s after 30 s hidden', unit: 'ms', limit: 20 },
  { path: 'timer.afterFrozenMs', label: 'Timer: same, hidden + frozen', unit: 'ms', limit: 20 },
  { path: 'timer.naiveAfterHiddenMs', label: 'Naive: max error in 2 s after 30 s hidden', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'timer.naiveAfterFrozenMs', label: 'Naive: same, hidden + frozen', unit: 'ms', limit: null, note: 'baseline' },
  { path: 'sync.p50Ms', label: 'Sync timekeeper → supervisor, 3 windows, p50', unit: 'ms', limit: 3, floor: 'floor.sync.p50Ms' },
  { path: 'sync.p99Ms', label: 'Sync timekeeper → supervisor, 3 windows, p99', unit: 'ms', limit: 10, floor: 'floor.sync.p99Ms' },
  { path: 'nudges.p50Ms', label: 'Nudge timekeeper → supervisor, p50', unit: 'ms', limit: 5, floor: 'floor.sync.p50Ms' },
  { path: 'nudges.p99Ms', label: 'Nudge timekeeper → supervisor, p99', unit: 'ms', limit: 16, floor: 'floor.sync.p99Ms' },
  { path: 'load.timer.maxErrorMs', label: 'Busy laptop: timer max error, worst of the runs', unit: 'ms', limit: 5, floor: 'floor.load.timer.maxErrorMs' },
  { path: 'load.timer.changeLagMs.max', label: 'Busy laptop: change lag, max', unit: 'ms', limit: 5, floor: 'floor.load.timer.changeLagMs.max' },
  { path: 'load.sync.p50Ms', label: 'Busy laptop: sync p50', unit: 'ms', limit: 3, floor: 'floor.load.sync.p50Ms' },
  { path: 'load.sync.p99Ms', label: 'Busy laptop: sync p99', unit: 'ms', limit: 10, floor: 'floor.load.sync.p99Ms' },
  { path: 'renderer.bundleGzipKB.supervisor', label: 'JS+CSS gzip, supervisor', unit: 'KB', limit: 140, floor: 'floor.renderer.bundleGzipKB' },
  { path: 'renderer.bundleGzipKB.timekeeper', label: 'JS+CSS gzip, timekeeper', unit: 'KB', limit: 90, floor: 'floor.renderer.bundleGzipKB' },
  { path: 'renderer.bundleGzipKB.circle', label: 'JS+CSS gzip, circle', unit: 'KB', limit: 75, floor: 'floor.renderer.bundleGzipKB' },
  { path: 'renderer.firstRenderMs.supervisor', label: 'First content: supervisor digits after reload', unit: 'ms', limit: 300, floor: 'floor.renderer.firstRenderMs' },
  { path: 'renderer.firstRenderMs.timekeeper', label: 'First content: timekeeper digits (cold)', unit: 'ms', limit: 200, floor: 'floor.renderer.firstRenderMs' },
  { path: 'renderer.firstRenderMs.circle', label: 'First content: circle step (cold)', unit: 'ms', limit: 200, floor: 'floor.renderer.firstRenderMs' },
  { path: 'renderer.idleCpuPct', label: 'Idle CPU, timekeeper main thread (% of a core)', unit: '%', limit: null, floor: 'floor.renderer.idleCpuPct', ratioLimit: 1.3 },
  { path: 'renderer.idleBrowserCpuPct', label: 'Idle CPU, whole browser, 3 windows (% of a core)', unit: '%', limit: null, floor: 'floor.renderer.idleBrowserCpuPct', ratioLimit: 1.3 },
  { path: 'renderer.heapMB', label: 'JS heap timekeeper after 30 s', unit: 'MB', limit: 8 },
  { path: 'services.startMs', label: 'Services start (spawn → listening), median', unit: 'ms', limit: 200, floor: 'floor.services.startMs' },
  { path: 'services.rssMB', label: 'Services RSS, idle, 3 windows connected', unit: 'MB', limit: 80, floor: 'floor.services.rssMB' },
  { path: 'services.idleCpuPct', label: 'Services idle CPU, 3 windows (% of a core)', unit: '%', limit: null, floor: 'floor.services.idleCpuPct' },
  { path: 'renderer.heapMBSupervisor', label: 'JS heap supervisor after a 3-case session', unit: 'MB', limit: 30 },
  { path: 'renderer.supervisorHeapGrowthMB', label: 'Supervisor heap growth, case 1 → 3 (after GC)', unit: 'MB', limit: 1 },
  { path: 'vault.unlockMs', label: 'Vault unlock (scrypt N=2^17), median of 5', unit: 'ms', limit: null, note: 'report' },
  { path: 'vault.saveP99Ms', label: 'Save 10 KB note, p99 of 200', unit: 'ms', limit: 20 },
  { path: 'history.feltMs.10', label: 'History felt (click → list drawn), 10 sessions', unit: 'ms', limit: null },
  { path: 'history.feltMs.1000', label: 'History felt, 1,000 sessions', unit: 'ms', limit: 100 },
  { path: 'history.feltMs.5000', label: 'History felt, 5,000 sessions', unit: 'ms', limit: 200 },
  { path: 'history.openMs.1000', label: 'History list + open, round trip from Node, 1,000', unit: 'ms', limit: null },
  { path: 'restore.errorMs', label: 'Restore after SIGKILL: time-left error', unit: 'ms', limit: 1000 },
  { path: 'restore.lostChars', label: 'Restore after SIGKILL: saved chars lost', unit: 'chars', limit: 0 },
];

export type Verdict = 'pass' | 'MISS' | 'report' | 'error' | 'not run' | 'n/a';

export function valueAt(results: unknown, path: string): number | null {
  let at: unknown = results;
  for (const key of path.split('.')) {
    if (at === null || typeof at !== 'object') return null;
    at = (at as Record<string, unknown>)[key];
  }
  return typeof at === 'number' && Number.isFinite(at) ? at : null;
}

/** Kring ÷ floor, 2 decimals; null without both (or with a floor of 0). */
export function ratioOf(value: number | null, floor: number | null): number | null {
  if (value === null || floor === null || floor === 0) return null;
  return Math.round((value / floor) * 100) / 100;
}

export function verdict(goal: Goal, value: number | null, failed: ReadonlySet<string> = new Set(), ratio: number | null = null): Verdict {
  if (value === null) return failed.has(measureOf(goal.path)) ? 'error' : 'not run';
  if (goal.limit === null && goal.ratioLimit === undefined) return 'report';
  if (goal.limit !== null && value > goal.limit) return 'MISS';
  if (goal.ratioLimit !== undefined && ratio !== null && ratio > goal.ratioLimit) return 'MISS';
  if (goal.ratioLimit !== undefined && ratio === null && goal.limit === null) return 'report';
  return 'pass';
}
