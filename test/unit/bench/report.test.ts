/**
 * The benchmark's table reads as issue 15 asks: each figure with Kring's value, the floor's and
 * their ratio; a goal on the ratio fails when Kring costs more than that many floors; a figure
 * whose feature does not exist yet says so instead of "not run". (The benchmark itself is not
 * part of npm test; this checks only how it reports.)
 */
import { describe, expect, it } from 'vitest';
import { figuresOf, renderTable, rowsOf } from '../../../bench/lib/report.ts';

const row = (results: Record<string, unknown>, path: string) => rowsOf(results).find((r) => r.path === path)!;

describe('bench report', () => {
  it('puts the floor beside Kring with the ratio, and judges the absolute goal', () => {
    const results = { sync: { p50Ms: 6 }, floor: { sync: { p50Ms: 2 } } };
    expect(row(results, 'sync.p50Ms')).toMatchObject({ value: 6, floor: 2, ratio: 3, verdict: 'MISS' });
    expect(figuresOf(rowsOf(results))['sync.p50Ms']).toMatchObject({ value: 6, floor: 2, ratio: 3 });
    expect(row({ sync: { p50Ms: 3 }, floor: { sync: { p50Ms: 2 } } }, 'sync.p50Ms').verdict).toBe('pass');
  });

  it('fails a goal on the ratio to the floor', () => {
    const idle = (kring: number, floor: number) => row({ renderer: { idleBrowserCpuPct: kring }, floor: { renderer: { idleBrowserCpuPct: floor } } }, 'renderer.idleBrowserCpuPct');
    expect(idle(1.2, 1)).toMatchObject({ ratio: 1.2, verdict: 'pass' });
    expect(idle(1.4, 1)).toMatchObject({ ratio: 1.4, verdict: 'MISS' });
  });

  it('says "not available" with the reason for a figure whose feature does not exist yet', () => {
    const results = { nudges: { available: false, reason: 'not available (no nudges.send channel)' } };
    expect(row(results, 'nudges.p50Ms')).toMatchObject({ verdict: 'n/a', goal: 'not available (no nudges.send channel)' });
    expect(renderTable(rowsOf(results), null)).toContain('2 not available (not available (no nudges.send channel))');
  });

  it('prints floor and ratio columns', () => {
    const table = renderTable(rowsOf({ sync: { p50Ms: 6 }, floor: { sync: { p50Ms: 2 } } }), null, 'load 1.0');
    expect(table.split('\n')[0]).toBe('Load: load 1.0');
    expect(table).toMatch(/Metric\s+Kring\s+Floor\s+Ratio\s+Goal\s+Result/);
    expect(table).toMatch(/3 windows, p50\s+6 ms\s+2 ms\s+3\.00×\s+≤ 3 ms\s+MISS/);
  });
});
