/** Combining independent pieces of evidence for one target (weights.ts). */
import { describe, expect, it } from 'vitest';
import { combineConfidence } from '../../../src/core/infer/weights';

const pieces = (...cs: number[]) => cs.map((confidence) => ({ confidence }));

describe('combineConfidence', () => {
  it('is 1 - Π(1 - c) over the pieces, whatever their order', () => {
    expect(combineConfidence(pieces(0.5, 0.5))).toBeCloseTo(0.75, 12);
    expect(combineConfidence(pieces(0.2, 0.5, 0.4))).toBeCloseTo(1 - 0.8 * 0.5 * 0.6, 12);
    expect(combineConfidence(pieces(0.4, 0.2, 0.5))).toBeCloseTo(combineConfidence(pieces(0.2, 0.5, 0.4)), 12);
    expect(combineConfidence(pieces(0.3))).toBeCloseTo(0.3, 12);
    expect(combineConfidence(pieces())).toBe(0);
  });

  it('stays at 0.995 at most unless one piece is all but certain, whole numbers and fractions alike', () => {
    expect(combineConfidence(pieces(0.9, 0.9, 0.9))).toBe(0.995);
    expect(combineConfidence(pieces(0.98, 0.98))).toBe(0.995);
    expect(combineConfidence(pieces(0.99, 0.5))).toBeCloseTo(0.995, 12);
    expect(combineConfidence(pieces(1))).toBe(1);
    expect(combineConfidence(pieces(0.2, 1))).toBe(1);
    expect(combineConfidence(pieces(0, 0))).toBe(0);
  });
});
