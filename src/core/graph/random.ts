/**
 * Seeded pseudo-random numbers (mulberry32) so layouts and community detection give the same
 * result for the same input every time. Never use Math.random in results.
 */

/** A function returning the next number in [0, 1). */
export type Rng = () => number;

/** mulberry32: a small, fast 32-bit generator; the same seed always gives the same sequence. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Integer in [0, n) from a generator. */
export function randomInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}
