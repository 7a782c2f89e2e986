// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from '../../../renderer/common/Countdown.tsx';
import type { TimerView } from '../../../shared/session/views.ts';

const T0 = 1_700_000_000_000;

function timer(leftMs: number, running = true): TimerView {
  return {
    status: running ? 'running' : 'paused',
    plannedMs: 300_000,
    adjustMs: 0,
    elapsedMs: 300_000 - leftMs,
    remainingMs: Math.max(0, leftMs),
    overtimeMs: Math.max(0, -leftMs),
    deadline: running ? T0 + leftMs : null,
    at: T0,
    warningMs: 60_000,
    midpointMs: null,
    silent: false,
  };
}

/** At most this long after the digits (a frame; 100 ms where no frame comes, as in jsdom here). */
const FRAME = 100;

describe('<Countdown>', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows exactly the time left, and changes only its one text node, once a second', () => {
    render(<Countdown timer={timer(61_500)} bar />);
    const digits = screen.getByTestId('time-left');
    expect(digits.textContent).toBe('1:02');
    const node = digits.firstChild;
    act(() => void vi.advanceTimersByTime(500));
    expect(digits.textContent).toBe('1:01');
    expect(digits.firstChild).toBe(node);
    expect(digits.childNodes).toHaveLength(1);
    // One timer pending at any moment: no interval, no animation loop.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('changes colour at the warning and at time-up, and counts overtime', () => {
    const { container } = render(<Countdown timer={timer(61_000)} />);
    const box = container.querySelector('.countdown')!;
    expect(box.getAttribute('data-zone')).toBe('normal');
    act(() => void vi.advanceTimersByTime(1_000));
    // The new digits are painted first; the colour (and whatever else the warning redraws) a frame later.
    expect(screen.getByTestId('time-left').textContent).toBe('1:00');
    expect(box.getAttribute('data-zone')).toBe('normal');
    act(() => void vi.advanceTimersByTime(FRAME));
    expect(box.getAttribute('data-zone')).toBe('warning');
    act(() => void vi.advanceTimersByTime(60_000 - FRAME));
    expect(screen.getByTestId('time-left').textContent).toBe('0:00');
    act(() => void vi.advanceTimersByTime(FRAME));
    expect(box.getAttribute('data-zone')).toBe('timeup');
    act(() => void vi.advanceTimersByTime(35_000));
    expect(screen.getByTestId('time-left').textContent).toBe('+0:35');
  });

  it('follows a new view (extend, pause) without remounting', () => {
    const { rerender, container } = render(<Countdown timer={timer(90_000)} />);
    rerender(<Countdown timer={{ ...timer(90_000), adjustMs: 60_000, plannedMs: 300_000, deadline: T0 + 150_000 }} />);
    expect(screen.getByTestId('time-left').textContent).toBe('2:30');
    rerender(<Countdown timer={timer(150_000, false)} />);
    expect(container.querySelector('.countdown')!.getAttribute('data-run')).toBe('paused');
    act(() => void vi.advanceTimersByTime(10_000));
    expect(screen.getByTestId('time-left').textContent).toBe('2:30');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('updates the bar with the digits', () => {
    const { container } = render(<Countdown timer={timer(150_000)} bar />);
    const fill = container.querySelector<HTMLElement>('.countdown-bar-fill')!;
    expect(fill.style.transform).toMatch(/^scaleX\(0\.50*\)$/);
  });
});
