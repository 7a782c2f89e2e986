/**
 * A soft chime, generated with WebAudio: no audio files. A few sine partials with a slow
 * attack and a long decay, quiet enough not to startle a room. Callers decide whether sound is
 * wanted (settings.sound) and never chime in a silent step.
 */
type Kind = 'warning' | 'timeup' | 'midpoint';

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  context ??= new AudioContext();
  return context;
}

/** Browsers start audio suspended until a person interacts: call this from a click or key. */
export function unlockAudio() {
  const ctx = audio();
  if (ctx && ctx.state === 'suspended') void ctx.resume();
}

const NOTES: Record<Kind, number[]> = {
  midpoint: [659.25],
  warning: [587.33, 783.99],
  timeup: [523.25, 659.25, 783.99],
};

export function chime(kind: Kind, volume = 0.12) {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'suspended') void ctx.resume();
  const start = ctx.currentTime + 0.02;
  NOTES[kind].forEach((freq, i) => {
    const at = start + i * 0.35;
    for (const [mult, level] of [
      [1, 1],
      [2, 0.18],
    ] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = freq * mult;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(volume * level, at + 0.04);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.6);
      osc.connect(gain).connect(ctx.destination);
      osc.start(at);
      osc.stop(at + 1.7);
    }
  });
}
