/**
 * A small seeded PRNG (mulberry32) for fault tests: the same seed gives the same kills, the same
 * corruptions and the same fuzz payloads, so a failure can be replayed. Set KRING_FAULT_SEED to
 * try another run; the seed in use is printed with the test.
 */
export interface Rng {
  readonly seed: number;
  /** [0, 1) */
  next(): number;
  /** Integer in [min, max] (both included). */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  bytes(length: number): Buffer;
  /** A short word of lowercase letters and digits. */
  word(min?: number, max?: number): string;
}

export function faultSeed(fallback: number): number {
  const fromEnv = Number(process.env.KRING_FAULT_SEED);
  return Number.isInteger(fromEnv) && fromEnv !== 0 ? fromEnv : fallback;
}

export function seededRandom(seed: number): Rng {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    seed,
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(0, items.length - 1)] as T,
    chance: (p) => next() < p,
    bytes(length) {
      const out = Buffer.alloc(length);
      for (let i = 0; i < length; i++) out[i] = int(0, 255);
      return out;
    },
    word(min = 3, max = 9) {
      const letters = 'abcdefghijklmnopqrstuvwxyz0123456789';
      let w = '';
      for (let i = int(min, max); i > 0; i--) w += letters[int(0, letters.length - 1)];
      return w;
    },
  };
}
