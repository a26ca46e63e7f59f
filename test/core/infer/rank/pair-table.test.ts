/** The scorer's table of a number per pair of people: symmetric, 0 when unset, survives growth. */
import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../../src/core/infer/rank/pair-table';

describe('PairTable', () => {
  it('stores one value per unordered pair and answers 0 for pairs never set', () => {
    const t = new PairTable();
    t.set(3, 7, 12);
    expect(t.get(3, 7)).toBe(12);
    expect(t.get(7, 3)).toBe(12);
    expect(t.get(3, 8)).toBe(0);
    expect(t.get(0, 0)).toBe(0);
    t.set(7, 3, 40);
    expect(t.get(3, 7)).toBe(40);
    t.set(0, 0, 5);
    expect(t.get(0, 0)).toBe(5);
  });

  it('keeps every pair as it grows, like a map keyed by the pair', () => {
    const t = new PairTable();
    const expected = new Map<string, number>();
    let seed = 7;
    for (let k = 1; k <= 20_000; k++) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      const a = seed % 3000, b = (seed >>> 12) % 3000;
      t.set(a, b, k);
      expected.set(`${Math.min(a, b)},${Math.max(a, b)}`, k);
    }
    for (const [key, v] of expected) {
      const [a, b] = key.split(',').map(Number) as [number, number];
      expect(t.get(b, a)).toBe(v);
    }
    expect(t.get(2999, 3001)).toBe(0);
  });
});
