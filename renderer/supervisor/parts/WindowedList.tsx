/**
 * A long list that draws only the rows on screen (and a margin around them) inside the page's own
 * scroll: the first screen is there at once however long the list, and scrolling draws the rest
 * as it comes into view. Rows above and below are stood in for by padding of their measured
 * height, so the scroll bar is right. Short lists are drawn whole (find-in-page works there).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  renderRow: (item: T, index: number) => ReactNode;
  className?: string;
  rowClassName?: string;
  rowTestId?: string;
  'aria-label'?: string;
  /** Up to this many rows the list is drawn whole. */
  wholeUpTo?: number;
  /** Rows drawn beyond the screen's edge on either side. */
  overscan?: number;
  /** A first guess of a row's height with its gap, px, until rows are measured. */
  estimateRowPx?: number;
}

export function WindowedList<T>({ items, keyOf, renderRow, className, rowClassName, rowTestId, wholeUpTo = 100, overscan = 10, estimateRowPx = 96, ...rest }: Props<T>) {
  const listRef = useRef<HTMLUListElement>(null);
  const rowPx = useRef(estimateRowPx);
  const windowed = items.length > wholeUpTo;
  const firstScreen = () => Math.min(items.length, Math.ceil(window.innerHeight / estimateRowPx) + overscan);
  const [range, setRange] = useState(() => ({ start: 0, end: firstScreen() }));

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const top = -list.getBoundingClientRect().top; // how far the list's top is above the screen's top
    const start = Math.max(0, Math.floor(top / rowPx.current) - overscan);
    const end = Math.min(items.length, Math.ceil((top + window.innerHeight) / rowPx.current) + overscan);
    setRange((r) => (r.start === start && r.end === Math.max(end, start) ? r : { start, end: Math.max(end, start) }));
  }, [items.length, overscan, windowed]);

  // Measure the rows drawn (their average height with the gap) and correct the range once.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || !windowed) return;
    const rows = list.querySelectorAll<HTMLElement>(':scope > li');
    if (rows.length < 2) return;
    const gap = Number.parseFloat(getComputedStyle(list).rowGap) || 0;
    const measured = (rows[rows.length - 1]!.getBoundingClientRect().bottom - rows[0]!.getBoundingClientRect().top + gap) / rows.length;
    if (measured > 0 && Math.abs(measured - rowPx.current) > 0.5) {
      rowPx.current = measured;
      update();
    }
  });

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
    };
    update();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [update, windowed]);

  const start = windowed ? Math.min(range.start, items.length) : 0;
  const end = windowed ? Math.min(range.end, items.length) : items.length;
  const style = windowed ? { paddingTop: `${start * rowPx.current}px`, paddingBottom: `${(items.length - end) * rowPx.current}px` } : undefined;
  return (
    <ul ref={listRef} className={className} style={style} aria-label={rest['aria-label']}>
      {items.slice(start, end).map((item, i) => (
        <li key={keyOf(item)} aria-setsize={items.length} aria-posinset={start + i + 1} className={rowClassName} data-testid={rowTestId}>
          {renderRow(item, start + i)}
        </li>
      ))}
    </ul>
  );
}
