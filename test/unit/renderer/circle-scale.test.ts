import { describe, expect, it } from 'vitest';
import { clampScale, displayKey, SCALE } from '../../../renderer/circle/circle-scale.ts';

describe('the circle display text scale', () => {
  it('stays within 70%..160% in steps of 10%, and falls back to 100% on nonsense', () => {
    expect(clampScale(1.1 + 0.1)).toBe(1.2);
    expect(clampScale(9)).toBe(SCALE.max);
    expect(clampScale(0.1)).toBe(SCALE.min);
    expect(clampScale(Number('abc'))).toBe(1);
  });
  it('is remembered per display: resolution and pixel density', () => {
    expect(displayKey({ width: 1920, height: 1080 }, 1)).not.toBe(displayKey({ width: 1024, height: 768 }, 1));
    expect(displayKey({ width: 1920, height: 1080 }, 1)).not.toBe(displayKey({ width: 1920, height: 1080 }, 2));
  });
});
