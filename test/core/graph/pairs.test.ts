import { describe, expect, it } from 'vitest';
import { PairNumbering } from '../../../src/core/graph/pairs';
import { mulberry32 } from '../../../src/core/graph/random';

describe('PairNumbering', () => {
  it('numbers ordered pairs by first appearance, (a, b) and (b, a) apart', () => {
    const pairs = new PairNumbering(4);
    expect([pairs.numberOf(3, 7), pairs.numberOf(7, 3), pairs.numberOf(3, 7), pairs.numberOf(0, 0), pairs.numberOf(7, 3)]).toEqual([0, 1, 0, 2, 1]);
    expect(pairs.size).toBe(3);
  });

  it('agrees with a Map on many random pairs, including positions far beyond 2^16', () => {
    const rng = mulberry32(9);
    const pairs = new PairNumbering(20_000);
    const reference = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) {
      const big = rng() < 0.5;
      const s = Math.floor(rng() * (big ? 3_000_000 : 40));
      const t = Math.floor(rng() * (big ? 3_000_000 : 40));
      const key = `${s},${t}`;
      if (!reference.has(key)) reference.set(key, reference.size);
      expect(pairs.numberOf(s, t)).toBe(reference.get(key));
    }
    expect(pairs.size).toBe(reference.size);
  });

  it('grows past the pairs it was made for, keeping every number', () => {
    const rng = mulberry32(4);
    const pairs = new PairNumbering(2);
    const reference = new Map<string, number>();
    const seen: [number, number][] = [];
    for (let i = 0; i < 5_000; i++) {
      const s = Math.floor(rng() * 200);
      const t = Math.floor(rng() * 200);
      const key = `${s},${t}`;
      if (!reference.has(key)) {
        reference.set(key, reference.size);
        seen.push([s, t]);
      }
      expect(pairs.numberOf(s, t)).toBe(reference.get(key));
    }
    // After all the growing, every earlier pair still has its first number.
    seen.forEach(([s, t], n) => expect(pairs.numberOf(s, t)).toBe(n));
    expect(pairs.size).toBe(reference.size);
  });
});
