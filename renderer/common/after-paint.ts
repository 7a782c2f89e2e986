/**
 * Run something once the frame with the current DOM changes has been painted: the task right after
 * the next animation frame. Hidden or occluded windows get no animation frames, so a short
 * fallback timer makes sure it still runs (a chime at time-up must not wait for the window to show).
 */
export function afterNextPaint(fn: () => void, fallbackMs = 100): () => void {
  let done = false;
  let task: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (done) return;
    done = true;
    cancel();
    fn();
  };
  const hidden = typeof document !== 'undefined' && document.visibilityState === 'hidden';
  const canFrame = !hidden && typeof requestAnimationFrame === 'function';
  const frame = canFrame ? requestAnimationFrame(() => (task = setTimeout(run, 0))) : null;
  const fallback = setTimeout(run, canFrame ? fallbackMs : 0);
  function cancel() {
    if (frame !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    if (task !== null) clearTimeout(task);
    clearTimeout(fallback);
  }
  return () => {
    done = true;
    cancel();
  };
}
