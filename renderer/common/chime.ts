/**
 * A soft chime, generated with WebAudio: no audio files. A few sine partials with a slow
 * attack and a long decay, quiet enough not to startle a room. Callers decide whether sound is
 * wanted (settings.sound) and never chime in a silent step.
 */
type Kind = 'warning' | 'timeup' | 'midpoint';

let context: AudioContext | null = null;
/** Pending suspend: a running context keeps the audio device and its thread busy, so it runs only while it sounds. */
let idle: ReturnType<typeof setTimeout> | null = null;
/** Whether this page may start audio (autoplay allowed, or a person has interacted). */
let allowed = false;
let listening = false;

function audio(): AudioContext | null {
  if (typeof window === 'undefined' || typeof window.AudioContext !== 'function') return null;
  if (context) return context;
  try {
    context = new AudioContext();
  } catch {
    return null;
  }
  const ctx = context;
  if (ctx.state === 'running') allowed = true;
  ctx.addEventListener('statechange', () => {
    if (ctx.state === 'running') allowed = true;
  });
  return ctx;
}

/** Run the context for `ms` from now (or longer, if something else needs it longer), then suspend it again. */
function runFor(ctx: AudioContext, ms: number) {
  if (idle !== null) clearTimeout(idle);
  if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  idle = setTimeout(() => {
    idle = null;
    if (ctx.state === 'running') void ctx.suspend().catch(() => undefined);
  }, ms);
}

/**
 * Browsers start audio suspended until a person interacts: call this from a click or key. Where
 * the page's audio is still locked, resuming within the gesture unlocks it (the context goes quiet
 * again right after). Once unlocked, or with no context yet, it does nothing: no audio set-up on a
 * click, and no audio device woken on every press of pause.
 */
export function unlockAudio() {
  const ctx = context;
  if (!ctx || allowed || ctx.state !== 'suspended' || idle !== null) return;
  runFor(ctx, 500);
}

/**
 * Create the audio context ahead of time and leave it suspended, ready. Creating it takes
 * 100–300 ms of the main thread in Chromium: done lazily at time-up, that held back the "0:00" on
 * screen. Electron lets the timekeeper window play without a click; where a browser does not, the
 * first pointer or key event unlocks it (`unlockAudio`), so a later chime may start by itself.
 */
export function warmAudio() {
  const ctx = audio();
  if (!ctx) return;
  if (ctx.state === 'running' && idle === null) void ctx.suspend().catch(() => undefined);
  if (allowed || listening) return;
  listening = true;
  const events = ['pointerdown', 'keydown'] as const;
  const onInput = () => {
    unlockAudio();
    if (!allowed) return;
    for (const e of events) window.removeEventListener(e, onInput, true);
    listening = false;
  };
  for (const e of events) window.addEventListener(e, onInput, true);
}

/** Whether the audio context exists already (the next chime costs no set-up). */
export const audioWarm = () => context !== null;

const NOTES: Record<Kind, number[]> = {
  midpoint: [659.25],
  warning: [587.33, 783.99],
  timeup: [523.25, 659.25, 783.99],
};

export function chime(kind: Kind, volume = 0.12) {
  const ctx = audio();
  if (!ctx) return;
  const notes = NOTES[kind];
  // The last partial stops 1.7 s after the last note starts; a little margin for the device to start.
  runFor(ctx, (0.02 + (notes.length - 1) * 0.35 + 1.7) * 1000 + 500);
  const start = ctx.currentTime + 0.02;
  notes.forEach((freq, i) => {
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
