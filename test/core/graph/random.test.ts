import { describe, expect, it } from 'vitest';
import { mulberry32, randomInt } from '../../../src/core/graph/random';

describe('mulberry32', () => {
  const take = (seed: number, n: number) => {
    const rng = mulberry32(seed);
    return Array.from({ length: n }, () => rng());
  };

  it('repeats the same sequence for the same seed', () => {
    expect(take(42, 20)).toEqual(take(42, 20));
  });

  it('gives different sequences for different seeds', () => {
    expect(take(1, 5)).not.toEqual(take(2, 5));
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const values = take(9, 20000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    const buckets = new Array(10).fill(0);
    values.forEach((v) => buckets[Math.floor(v * 10)]++);
    for (const b of buckets) expect(b).toBeGreaterThan(1800);
  });

  it('randomInt stays within [0, n)', () => {
    const rng = mulberry32(4);
    const seen = new Set(Array.from({ length: 500 }, () => randomInt(rng, 6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
