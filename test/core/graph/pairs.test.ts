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

  it('refuses more pairs than it was made for instead of looping', () => {
    const pairs = new PairNumbering(2);
    for (let i = 0; i < 8; i++) pairs.numberOf(i, i);
    expect(() => pairs.numberOf(100, 100)).toThrow(/more pairs/);
  });
});
