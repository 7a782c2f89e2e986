import { describe, expect, it } from 'vitest';
import { applyContentProtection, watchSystemLocked } from '../../../electron/main/screen-privacy.ts';

describe('content protection of the supervisor window', () => {
  it('follows the setting, and leaves a closed window alone', () => {
    const calls: boolean[] = [];
    const win = { destroyed: false, setContentProtection: (b: boolean) => calls.push(b), isDestroyed() { return this.destroyed; } };
    applyContentProtection(win, true);
    applyContentProtection(win, false);
    win.destroyed = true;
    applyContentProtection(win, true);
    applyContentProtection(undefined, true);
    expect(calls).toEqual([true, false]);
  });
});

describe('the Linux session lock', () => {
  it('locks the vault once when the system turns locked, again after an unlock and a new lock', () => {
    let tick: () => void = () => {};
    let state = 'active';
    let locks = 0;
    const stop = watchSystemLocked({
      idleState: () => state,
      onLocked: () => locks++,
      setInterval: (fn) => ((tick = fn), 1),
      clearInterval: () => (tick = () => {}),
    });
    tick();
    expect(locks).toBe(0);
    state = 'locked';
    tick();
    tick();
    expect(locks).toBe(1);
    state = 'idle';
    tick();
    state = 'locked';
    tick();
    expect(locks).toBe(2);
    stop();
    state = 'active';
    tick();
    state = 'locked';
    tick();
    expect(locks).toBe(2);
  });

  it('an unsupported query ("unknown" or a throw) never locks', () => {
    let tick: () => void = () => {};
    let locks = 0;
    watchSystemLocked({ idleState: () => 'unknown', onLocked: () => locks++, setInterval: (fn) => ((tick = fn), 1), clearInterval: () => {} });
    tick();
    watchSystemLocked({ idleState: () => { throw new Error('no'); }, onLocked: () => locks++, setInterval: (fn) => ((tick = fn), 1), clearInterval: () => {} });
    tick();
    expect(locks).toBe(0);
  });
});
