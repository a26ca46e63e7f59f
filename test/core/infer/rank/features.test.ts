/**
 * The scorer's feature list: unique names, an index that agrees with the list, and the
 * position gap between two comments mapped to the right one-hot gap feature.
 */
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_FEATURES, FEATURE_COUNT, FEATURE_INDEX, FEATURES, NONE_FEATURES, gapFeature, type FeatureName,
} from '../../../../src/core/infer/rank/features';

const nameOf = (index: number) => FEATURES[index];

describe('gapFeature', () => {
  const cases: [gap: number, feature: FeatureName][] = [
    [1, 'gap1'], [2, 'gap2'], [3, 'gap3'],
    [4, 'gap4to5'], [5, 'gap4to5'],
    [6, 'gap6to10'], [8, 'gap6to10'], [10, 'gap6to10'],
    [11, 'gap11to20'], [15, 'gap11to20'], [20, 'gap11to20'],
    [21, 'gapOver20'], [50, 'gapOver20'], [10_000, 'gapOver20'],
  ];
  for (const [gap, feature] of cases) {
    it(`maps a gap of ${gap} to ${feature}`, () => {
      expect(nameOf(gapFeature(gap))).toBe(feature);
    });
  }

  it('uses seven distinct gap features, all among the candidate features', () => {
    const used = new Set(Array.from({ length: 30 }, (_, g) => gapFeature(g + 1)));
    expect(used.size).toBe(7);
    for (const i of used) expect(i).toBeLessThan(CANDIDATE_FEATURES.length);
  });
});

describe('feature names and index', () => {
  it('has unique names, candidate features first and "none" features after', () => {
    expect(new Set(FEATURES).size).toBe(FEATURES.length);
    expect(FEATURE_COUNT).toBe(CANDIDATE_FEATURES.length + NONE_FEATURES.length);
    expect(FEATURES.slice(0, CANDIDATE_FEATURES.length)).toEqual([...CANDIDATE_FEATURES]);
    expect(FEATURES.slice(CANDIDATE_FEATURES.length)).toEqual([...NONE_FEATURES]);
    for (const f of NONE_FEATURES) expect((CANDIDATE_FEATURES as readonly string[]).includes(f)).toBe(false);
  });

  it('indexes every feature at its position in FEATURES and nothing else', () => {
    expect(Object.keys(FEATURE_INDEX).sort()).toEqual([...FEATURES].sort());
    FEATURES.forEach((f, i) => expect(FEATURE_INDEX[f]).toBe(i));
  });
});
