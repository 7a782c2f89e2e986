/**
 * The big digits (and optionally a calm bar). React renders the frame once; the ticker writes the
 * one text node and the bar's transform directly, once a second, so nothing else re-renders.
 * Zone and run state (colours) go through React: they change a few times per step.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import type { TimerView } from '../../shared/session/views.ts';
import { createBarFill } from './bar-fill.ts';
import type { BarFill } from './bar-fill.ts';
import { createTicker, timeStateAt, totalOf } from './ticker.ts';
import type { RunState, TimeSignal, TimeState, Zone } from './ticker.ts';

export interface CountdownProps {
  timer: TimerView | null;
  /** Warning threshold; the timer's own (the step's) when left out. */
  warningMs?: number;
  /** Show digits (default) and/or a bar. */
  digits?: boolean;
  bar?: boolean;
  /** Font size of the digits, any CSS length. */
  size?: string;
  testId?: string;
  className?: string;
  /** Shown when there is no timer. */
  placeholder?: string;
  onState?: (state: TimeState, signals: TimeSignal[]) => void;
  /** Extra content below the digits (labels), inside the coloured area. */
  children?: React.ReactNode;
  style?: CSSProperties;
}

type Look = { zone: Zone; run: RunState };

function lookAt(timer: TimerView | null, warningMs: number | undefined): Look {
  const state = timer ? timeStateAt(timer, Date.now(), warningMs) : null;
  return { zone: state?.zone ?? 'normal', run: state?.run ?? 'idle' };
}

export function Countdown({
  timer,
  warningMs,
  digits = true,
  bar = false,
  size = '6rem',
  testId = 'time-left',
  className,
  placeholder = '–:––',
  onState,
  children,
  style,
}: CountdownProps) {
  const digitsRef = useRef<HTMLSpanElement>(null);
  const textRef = useRef<Text | null>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const onStateRef = useRef(onState);
  onStateRef.current = onState;
  const [look, setLook] = useState<Look>(() => lookAt(timer, warningMs));
  // A new timer (pause, resume, a pushed change) shows its run state and zone in the same commit as
  // the new digits, not one render later from the ticker's layout effect.
  const [lookFor, setLookFor] = useState<{ timer: TimerView | null; warningMs: number | undefined }>({ timer, warningMs });
  if (lookFor.timer !== timer || lookFor.warningMs !== warningMs) {
    setLookFor({ timer, warningMs });
    const next = lookAt(timer, warningMs);
    if (next.zone !== look.zone || next.run !== look.run) setLook(next);
  }
  const tickerRef = useRef<ReturnType<typeof createTicker> | null>(null);
  const barFillRef = useRef<BarFill | null>(null);

  useLayoutEffect(() => {
    const host = digitsRef.current;
    if (host && !textRef.current) {
      const node = document.createTextNode(placeholder);
      host.textContent = '';
      host.appendChild(node);
      textRef.current = node;
    }
    const ticker = createTicker({
      onText: (state) => {
        const node = textRef.current;
        if (node && node.data !== state.text) node.data = state.text;
        barFillRef.current?.set(state.progress);
      },
      onState: (state, signals) => {
        setLook((prev) => (prev.zone === state.zone && prev.run === state.run ? prev : { zone: state.zone, run: state.run }));
        onStateRef.current?.(state, signals);
      },
    });
    tickerRef.current = ticker;
    return () => {
      ticker.dispose();
      tickerRef.current = null;
    };
    // The ticker lives as long as the component; timer changes go through set().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The bar's fill, while there is a bar: written only when it visibly moves (bar-fill.ts).
  useLayoutEffect(() => {
    const element = barRef.current;
    if (!element) return;
    const fill = createBarFill(element);
    barFillRef.current = fill;
    fill.set(tickerRef.current?.current()?.progress ?? 0);
    return () => {
      fill.dispose();
      barFillRef.current = null;
    };
  }, [bar]);

  useLayoutEffect(() => {
    const ticker = tickerRef.current;
    if (!ticker) return;
    ticker.set(timer, warningMs);
    if (!timer) {
      if (textRef.current) textRef.current.data = placeholder;
      barFillRef.current?.set(0);
      setLook((prev) => (prev.zone === 'normal' && prev.run === 'idle' ? prev : { zone: 'normal', run: 'idle' }));
    }
  }, [timer, warningMs, placeholder]);

  const midpoint = timer?.midpointMs != null && totalOf(timer) > 0 ? Math.min(1, timer.midpointMs / totalOf(timer)) : null;

  return (
    <div className={`countdown ${className ?? ''}`} data-zone={look.zone} data-run={look.run} style={style}>
      <span
        ref={digitsRef}
        className="countdown-digits"
        data-testid={testId}
        role="timer"
        style={{ fontSize: size, display: digits ? undefined : 'none' }}
      />
      {bar && (
        <div className="countdown-bar" aria-hidden="true">
          <div ref={barRef} className="countdown-bar-fill" />
          {midpoint !== null && <div className="countdown-bar-mark" style={{ left: `${(midpoint * 100).toFixed(2)}%` }} />}
        </div>
      )}
      {children}
    </div>
  );
}

/** Re-render a component when the time zone of a timer changes (no per-second work). */
export function useTimeState(timer: TimerView | null, warningMs?: number): TimeState | null {
  const [state, setState] = useState<TimeState | null>(() => (timer ? timeStateAt(timer, Date.now(), warningMs) : null));
  const tickerRef = useRef<ReturnType<typeof createTicker> | null>(null);
  useEffect(() => {
    const ticker = createTicker({ onState: (s) => setState(s) });
    tickerRef.current = ticker;
    return () => ticker.dispose();
  }, []);
  useEffect(() => {
    tickerRef.current?.set(timer, warningMs);
    if (!timer) setState(null);
  }, [timer, warningMs]);
  return state;
}
