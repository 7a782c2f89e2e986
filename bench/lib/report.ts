/** The readable table: metric, Kring, floor, Kring ÷ floor, goal, pass/MISS — and the machine and its load above it. */
import { GOALS, ratioOf, valueAt, verdict } from './goals.ts';
import type { Verdict } from './goals.ts';
import type { Machine } from './machine.ts';

export interface Row {
  path: string;
  label: string;
  value: number | null;
  floor: number | null;
  ratio: number | null;
  unit: string;
  goal: string;
  verdict: Verdict;
}

export function rowsOf(results: Record<string, unknown>): Row[] {
  const failed = new Set(Object.keys((results.errors ?? {}) as object));
  return GOALS.map((g) => {
    const value = valueAt(results, g.path);
    const floor = g.floor ? valueAt(results, g.floor) : null;
    const ratio = ratioOf(value, floor);
    // A measure that says what it measures does not exist yet (e.g. nudges before nudges.send).
    const section = results[g.path.split('.')[0]!] as { available?: boolean; reason?: string } | undefined;
    if (section?.available === false) {
      return { path: g.path, label: g.label, value: null, floor: null, ratio: null, unit: g.unit, goal: section.reason ?? 'not available', verdict: 'n/a' as const };
    }
    const limits = [g.limit === null ? null : `≤ ${g.limit} ${g.unit}`, g.ratioLimit === undefined ? null : `≤ ${g.ratioLimit}× floor`].filter(Boolean);
    return {
      path: g.path,
      label: g.label,
      value,
      floor,
      ratio,
      unit: g.unit,
      goal: limits.length ? limits.join(', ') : (g.note ?? ''),
      verdict: verdict(g, value, failed, ratio),
    };
  });
}

/** Per figure `{ value, floor, ratio }` (floor and ratio null where the floor has no such figure). */
export function figuresOf(rows: Row[]): Record<string, { value: number | null; floor: number | null; ratio: number | null; unit: string; goal: string; verdict: Verdict }> {
  return Object.fromEntries(rows.map((r) => [r.path, { value: r.value, floor: r.floor, ratio: r.ratio, unit: r.unit, goal: r.goal, verdict: r.verdict }]));
}

const fmt = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

export function renderTable(rows: Row[], machine: Machine | null, load: string | null = null): string {
  const head = ['Metric', 'Kring', 'Floor', 'Ratio', 'Goal', 'Result'];
  const body = rows.map((r) => [
    r.label,
    r.value === null ? '—' : `${fmt(r.value)} ${r.unit}`,
    r.floor === null ? '' : `${fmt(r.floor)} ${r.unit}`,
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    r.goal,
    r.verdict === 'report' ? '' : r.verdict,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 1 && i <= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const out = [] as string[];
  if (machine) out.push(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}`);
  if (load) out.push(`Load: ${load}`);
  if (out.length) out.push('');
  out.push(line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line));
  const misses = rows.filter((r) => r.verdict === 'MISS');
  const errors = rows.filter((r) => r.verdict === 'error');
  const notRun = rows.filter((r) => r.verdict === 'not run');
  const unavailable = rows.filter((r) => r.verdict === 'n/a');
  out.push(
    '',
    `${rows.filter((r) => r.verdict === 'pass').length} pass, ${misses.length} miss${misses.length ? ` (${misses.map((m) => m.label).join('; ')})` : ''}` +
      `${errors.length ? `, ${errors.length} failed to measure` : ''}${notRun.length ? `, ${notRun.length} not run` : ''}` +
      `${unavailable.length ? `, ${unavailable.length} not available (${[...new Set(unavailable.map((r) => r.goal))].join('; ')})` : ''}`,
  );
  return out.join('\n');
}
