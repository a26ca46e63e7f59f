import { describe, expect, it } from 'vitest';
import { colorShare, edgeSize, edgeSizeRange, metricValue, nodeSize, nodeSizeRange, valueAtColorShare } from '../../../src/views/network/scales';

const attrs = { comments: 4, words: 120, inWeight: 3, outWeight: 5, inDegree: 2, outDegree: 3 };

describe('scales', () => {
  it('reads each metric, degree being in + out', () => {
    expect(metricValue(attrs, 'comments')).toBe(4);
    expect(metricValue(attrs, 'words')).toBe(120);
    expect(metricValue(attrs, 'inWeight')).toBe(3);
    expect(metricValue(attrs, 'outWeight')).toBe(5);
    expect(metricValue(attrs, 'degree')).toBe(5);
    expect(metricValue(attrs, 'replyRank', 12.5)).toBe(12.5);
  });

  it('sizes nodes by area: min for 0, max for the largest, radius ∝ √value above the minimum', () => {
    const range = { min: 4, max: 20 };
    expect(nodeSize(0, 16, range)).toBe(4);
    expect(nodeSize(16, 16, range)).toBe(20);
    // 4 is a quarter of 16: half of the extra radius.
    expect(nodeSize(4, 16, range)).toBeCloseTo(12);
    expect(nodeSize(1, 16, range)).toBeCloseTo(8);
    // Nothing to compare against: everybody gets the minimum.
    expect(nodeSize(0, 0, range)).toBe(4);
  });

  it('uses smaller pixel ranges for bigger networks', () => {
    const small = nodeSizeRange(11);
    const big = nodeSizeRange(2000);
    const huge = nodeSizeRange(20000);
    expect(big.max).toBeLessThan(small.max);
    expect(huge.max).toBeLessThan(big.max);
    expect(edgeSizeRange(20000).max).toBeLessThan(edgeSizeRange(20).max);
  });

  it('draws one reply thinnest and the heaviest edge thickest', () => {
    const range = { min: 1, max: 6 };
    expect(edgeSize(1, 5, range)).toBe(1);
    expect(edgeSize(5, 5, range)).toBe(6);
    const mid = edgeSize(3, 5, range);
    expect(mid).toBeGreaterThan(1);
    expect(mid).toBeLessThan(6);
    // All edges weigh one: all thin.
    expect(edgeSize(1, 1, range)).toBe(1);
  });

  it('places values on the colour scale and back', () => {
    expect(colorShare(2, 2, 10)).toBe(0);
    expect(colorShare(10, 2, 10)).toBe(1);
    expect(colorShare(4, 2, 10)).toBeCloseTo(0.5);
    expect(valueAtColorShare(0.5, 2, 10)).toBeCloseTo(4);
    expect(colorShare(5, 5, 5)).toBe(0);
  });
});
