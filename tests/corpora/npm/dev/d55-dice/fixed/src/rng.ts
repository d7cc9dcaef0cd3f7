export type Random = () => number;

// Mulberry32: a small seeded generator of floats in [0, 1), so that a game can be replayed.
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A fixed sequence, for tests and for replaying recorded rolls.
export function sequence(values: readonly number[]): Random {
  let i = 0;
  return () => values[i++ % values.length];
}
