// @vitest-environment jsdom
/**
 * The audio context is made once, ahead of time, and runs only while a chime sounds: a context
 * left running keeps the audio device and its thread busy for nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

class FakeAudioContext extends EventTarget {
  static made = 0;
  static startRunning = true;
  state: AudioContextState;
  currentTime = 0;
  destination = {};
  oscillators = 0;
  constructor() {
    super();
    FakeAudioContext.made++;
    this.state = FakeAudioContext.startRunning ? 'running' : 'suspended';
  }
  private set(state: AudioContextState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
  resume() {
    this.set('running');
    return Promise.resolve();
  }
  suspend() {
    this.set('suspended');
    return Promise.resolve();
  }
  createOscillator() {
    this.oscillators++;
    return { type: 'sine', frequency: { value: 0 }, connect: (g: unknown) => g, start() {}, stop() {} };
  }
  createGain() {
    return { gain: { setValueAtTime() {}, linearRampToValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (d: unknown) => d };
  }
}

let contexts: FakeAudioContext[] = [];

async function load() {
  vi.resetModules();
  return import('../../../renderer/common/chime.ts');
}

describe('chime', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    contexts = [];
    FakeAudioContext.made = 0;
    FakeAudioContext.startRunning = true;
    vi.stubGlobal(
      'AudioContext',
      class extends FakeAudioContext {
        constructor() {
          super();
          contexts.push(this);
        }
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('warms once, stays suspended until a chime, and goes quiet again after it', async () => {
    const { warmAudio, chime, audioWarm } = await load();
    expect(audioWarm()).toBe(false);
    warmAudio();
    warmAudio();
    expect(FakeAudioContext.made).toBe(1);
    expect(audioWarm()).toBe(true);
    const ctx = contexts[0]!;
    expect(ctx.state).toBe('suspended');

    chime('timeup');
    expect(FakeAudioContext.made).toBe(1);
    expect(ctx.state).toBe('running');
    expect(ctx.oscillators).toBe(6);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(ctx.state).toBe('running');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ctx.state).toBe('suspended');
  });

  it('where audio needs a person first, the first key or pointer unlocks it', async () => {
    FakeAudioContext.startRunning = false;
    const { warmAudio } = await load();
    warmAudio();
    const ctx = contexts[0]!;
    expect(ctx.state).toBe('suspended');
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(ctx.state).toBe('running');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(ctx.state).toBe('suspended');
  });

  it('a click sets nothing up and wakes nothing once audio may play', async () => {
    const { unlockAudio, warmAudio } = await load();
    unlockAudio();
    expect(FakeAudioContext.made).toBe(0);
    warmAudio();
    const ctx = contexts[0]!;
    const resume = vi.spyOn(ctx, 'resume');
    unlockAudio();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    expect(resume).not.toHaveBeenCalled();
    expect(ctx.state).toBe('suspended');
  });
});
