/** The readable table: metric, value, goal, pass/MISS — and the machine above it. */
import { GOALS, valueAt, verdict } from './goals.ts';
import type { Verdict } from './goals.ts';
import type { Machine } from './machine.ts';

export interface Row {
  path: string;
  label: string;
  value: number | null;
  unit: string;
  goal: string;
  verdict: Verdict;
}

export function rowsOf(results: { errors?: unknown }): Row[] {
  const failed = new Set(Object.keys((results.errors ?? {}) as object));
  return GOALS.map((g) => {
    const value = valueAt(results, g.path);
    return {
      path: g.path,
      label: g.label,
      value,
      unit: g.unit,
      goal: g.limit === null ? (g.note ?? '') : `≤ ${g.limit} ${g.unit}`,
      verdict: verdict(g, value, failed),
    };
  });
}

const fmt = (value: number | null) => (value === null ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));

export function renderTable(rows: Row[], machine: Machine | null): string {
  const head = ['Metric', 'Value', 'Goal', 'Result'];
  const body = rows.map((r) => [r.label, r.value === null ? '—' : `${fmt(r.value)} ${r.unit}`, r.goal, r.verdict === 'report' ? '' : r.verdict]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  const out = [] as string[];
  if (machine) out.push(`Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}; Node ${machine.node}; ${machine.chromium}`, '');
  out.push(line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line));
  const misses = rows.filter((r) => r.verdict === 'MISS');
  const errors = rows.filter((r) => r.verdict === 'error');
  const notRun = rows.filter((r) => r.verdict === 'not run');
  out.push(
    '',
    `${rows.filter((r) => r.verdict === 'pass').length} pass, ${misses.length} miss${misses.length ? ` (${misses.map((m) => m.label).join('; ')})` : ''}` +
      `${errors.length ? `, ${errors.length} failed to measure` : ''}${notRun.length ? `, ${notRun.length} not run` : ''}`,
  );
  return out.join('\n');
}
