/**
 * A countdown bar's fill, written as a transform. The ticker reports the progress every second, but
 * on a long step the fill moves less than a pixel a second (a 2-hour step on a 1,280-pixel bar: one
 * pixel every 5.6 s); every write costs a style recalculation and a repaint for nothing visible. So
 * the transform is written only when the fill's edge lands on another device pixel.
 */
export interface BarFill {
  set(progress: number): void;
  dispose(): void;
}

export function createBarFill(fill: HTMLElement): BarFill {
  let width = 0;
  let shownPx = Number.NaN;
  let progress = 0;
  const write = (force: boolean) => {
    const px = Math.round(progress * width * (window.devicePixelRatio || 1));
    // Width unknown (not laid out yet, or no ResizeObserver): write every time, as before.
    if (!force && width > 0 && px === shownPx) return;
    shownPx = px;
    fill.style.transform = `scaleX(${progress.toFixed(4)})`;
  };
  const box = fill.parentElement ?? fill;
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver((entries) => {
          width = entries[0]?.contentRect.width ?? 0;
          write(true);
        })
      : null;
  observer?.observe(box);
  return {
    set(next) {
      progress = Math.min(1, Math.max(0, next));
      write(false);
    },
    dispose: () => observer?.disconnect(),
  };
}
