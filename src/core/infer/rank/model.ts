/**
 * The reply scorer: a log-linear model over one comment's candidates. Each candidate's score
 * is the sum of its features times their weights; a softmax over the candidates ("none"
 * included) turns scores into the probability that each one is the comment's parent.
 */
import { FEATURES, FEATURE_COUNT, type FeatureName } from './features';
import type { CandidateSet } from './candidates';

export interface ScorerModel {
  /** Which threads it is for, e.g. "chat". */
  name: string;
  /** How many earlier comments are candidates besides those a cue points at. */
  window: number;
  weights: Readonly<Record<FeatureName, number>>;
}

/** The weights as a vector in FEATURES order. */
export function weightVector(model: ScorerModel): Float64Array {
  return Float64Array.from(FEATURES, (f) => model.weights[f]);
}

/** Softmax probabilities of the candidates (same order as `set.targets`). */
export function candidateProbabilities(set: CandidateSet, w: Float64Array): Float64Array {
  const k = set.targets.length;
  const p = new Float64Array(k);
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    let s = 0;
    const row = c * FEATURE_COUNT;
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const v = set.x[row + f]!;
      if (v !== 0) s += v * w[f]!;
    }
    p[c] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let c = 0; c < k; c++) sum += (p[c] = Math.exp(p[c]! - max));
  for (let c = 0; c < k; c++) p[c]! /= sum;
  return p;
}
