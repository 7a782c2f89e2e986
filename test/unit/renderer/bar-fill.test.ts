// @vitest-environment jsdom
/** The countdown bar is written only when its edge visibly moves (common/bar-fill.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBarFill } from '../../../renderer/common/bar-fill.ts';

let resize: ((entries: { contentRect: { width: number } }[]) => void) | null = null;

function bar() {
  const box = document.createElement('div');
  const fill = document.createElement('div');
  box.append(fill);
  const writes: string[] = [];
  const style = fill.style;
  const set = Object.getOwnPropertyDescriptor(CSSStyleDeclaration.prototype, 'transform')?.set;
  Object.defineProperty(style, 'transform', {
    configurable: true,
    get: () => writes.at(-1) ?? '',
    set: (v: string) => {
      writes.push(v);
      set?.call(style, v);
    },
  });
  return { fill, writes };
}

describe('the countdown bar', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    resize = null;
  });

  it('on a long step, is written when its edge reaches the next pixel, not every second', () => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: typeof resize) {
          resize = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { fill, writes } = bar();
    const barFill = createBarFill(fill);
    resize!([{ contentRect: { width: 1000 } }]);
    barFill.set(0.5);
    const before = writes.length;
    // A two-hour step: a second is 1/7200 of the bar, 0.14 pixel of 1,000. In seven seconds the
    // edge crosses one pixel boundary (at the fourth), so the bar is written once, not seven times.
    for (let s = 1; s <= 7; s++) barFill.set(0.5 + s / 7200);
    expect(writes.length - before).toBe(1);
    expect(writes.at(-1)).toMatch(/^scaleX\(0\.50\d+\)$/);
    // The window grows: the fill is drawn again at once for the new width.
    resize!([{ contentRect: { width: 1600 } }]);
    expect(writes.length - before).toBe(2);
    barFill.dispose();
  });

  it('without a known width (not laid out), is written every time, as before', () => {
    const { fill, writes } = bar();
    const barFill = createBarFill(fill);
    barFill.set(0.25);
    barFill.set(0.2501);
    expect(writes).toEqual(['scaleX(0.2500)', 'scaleX(0.2501)']);
  });
});
