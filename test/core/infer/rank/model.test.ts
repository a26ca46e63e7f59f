/**
 * The scorer's arithmetic on hand-made candidate sets: softmax probabilities over candidates,
 * the cue calibration (Platt scaling) and the final step-function calibration of replies.
 */
import { describe, expect, it } from 'vitest';
import {
  calibratedReply, candidateProbabilities, cueProbability, weightVector, type ScorerModel, type Steps,
} from '../../../../src/core/infer/rank/model';
import { FEATURES, FEATURE_COUNT, FEATURE_INDEX, type FeatureName } from '../../../../src/core/infer/rank/features';
import type { CandidateSet } from '../../../../src/core/infer/rank/candidates';

/** A candidate set from sparse rows: row 0 is "none", row k is candidate comment k. */
function setOf(rows: Partial<Record<FeatureName, number>>[]): CandidateSet {
  const x = new Float64Array(rows.length * FEATURE_COUNT);
  rows.forEach((r, k) => { for (const [f, v] of Object.entries(r)) x[k * FEATURE_COUNT + FEATURE_INDEX[f as FeatureName]] = v!; });
  return { targets: rows.map((_, k) => k), x };
}

function weights(w: Partial<Record<FeatureName, number>>): Float64Array {
  const out = new Float64Array(FEATURE_COUNT);
  for (const [f, v] of Object.entries(w)) out[FEATURE_INDEX[f as FeatureName]] = v!;
  return out;
}

const sum = (p: Float64Array) => p.reduce((s, v) => s + v, 0);

describe('candidateProbabilities', () => {
  const set = setOf([
    { noneBias: 1, noneLogWords: 1.5 },
    { gap1: 1, salutation: 0.9, timeUnknown: 1 },
    { gap2: 1, sameAuthor: 1, timeUnknown: 1 },
    { gap3: 1, quote: 0.7, timeUnknown: 1 },
  ]);
  const w = weights({ noneBias: 0.4, noneLogWords: 0.3, gap1: 1.1, gap2: 0.2, gap3: -0.5, salutation: 2, sameAuthor: 0.8, quote: 1.5 });

  it('is a softmax of the weighted feature sums', () => {
    const p = candidateProbabilities(set, w);
    const scores = [0.4 + 0.45, 1.1 + 1.8, 0.2 + 0.8, -0.5 + 1.05];
    const z = scores.reduce((s, v) => s + Math.exp(v), 0);
    scores.forEach((s, k) => expect(p[k]).toBeCloseTo(Math.exp(s) / z, 12));
    expect(sum(p)).toBeCloseTo(1, 12);
  });

  it('gives equal probabilities with zero weights', () => {
    const p = candidateProbabilities(set, new Float64Array(FEATURE_COUNT));
    for (const v of p) expect(v).toBeCloseTo(0.25, 12);
  });

  it('does not change when every candidate gets the same extra score', () => {
    const before = candidateProbabilities(set, w);
    const heavier = Float64Array.from(w);
    heavier[FEATURE_INDEX.timeUnknown] = 7; // on every candidate row, not on "none"
    heavier[FEATURE_INDEX.noneBias] = 0.4 + 7;
    const after = candidateProbabilities(set, heavier);
    before.forEach((v, k) => expect(after[k]).toBeCloseTo(v, 12));
  });

  it('raises the candidate with a feature when that weight rises, and lowers the others', () => {
    const before = candidateProbabilities(set, w);
    const after = candidateProbabilities(set, Float64Array.from(w, (v, f) => (f === FEATURE_INDEX.quote ? v + 1 : v)));
    expect(after[3]).toBeGreaterThan(before[3]!);
    for (const k of [0, 1, 2]) expect(after[k]).toBeLessThan(before[k]!);
    expect(sum(after)).toBeCloseTo(1, 12);
  });

  it('stays finite with very large scores', () => {
    const p = candidateProbabilities(setOf([{ noneBias: 1 }, { gap1: 1 }]), weights({ noneBias: 1000, gap1: 1001 }));
    expect(p[0]).toBeCloseTo(1 / (1 + Math.E), 12);
    expect(p[1]).toBeCloseTo(Math.E / (1 + Math.E), 12);
  });
});

describe('weightVector', () => {
  it('lays the named weights out in FEATURES order', () => {
    const named = Object.fromEntries(FEATURES.map((f, i) => [f, i * 0.5 - 3])) as Record<FeatureName, number>;
    const model: ScorerModel = { name: 'test', window: 5, weights: named, cue: { scale: 1, offset: 0 } };
    expect(Array.from(weightVector(model))).toEqual(FEATURES.map((_, i) => i * 0.5 - 3));
  });
});

describe('cueProbability', () => {
  const identity = { cue: { scale: 1, offset: 0 } };

  it('is the identity with scale 1 and offset 0', () => {
    for (const c of [0.05, 0.3, 0.5, 0.72, 0.95]) expect(cueProbability(identity, c)).toBeCloseTo(c, 12);
  });

  it('rises with the cue strength and stays strictly inside (0, 1) at the ends', () => {
    const shrunk = { cue: { scale: 0.6, offset: -0.4 } };
    const strengths = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1];
    const p = strengths.map((c) => cueProbability(shrunk, c));
    for (let i = 1; i < p.length; i++) expect(p[i]).toBeGreaterThan(p[i - 1]!);
    expect(p[0]).toBeGreaterThan(0);
    expect(p[p.length - 1]).toBeLessThan(1);
  });

  it('pulls strong cues toward the middle with a scale below 1 and shifts all with the offset', () => {
    expect(cueProbability({ cue: { scale: 0.5, offset: 0 } }, 0.9)).toBeLessThan(0.9);
    expect(cueProbability({ cue: { scale: 0.5, offset: 0 } }, 0.1)).toBeGreaterThan(0.1);
    expect(cueProbability({ cue: { scale: 0.5, offset: 0 } }, 0.5)).toBeCloseTo(0.5, 12);
    expect(cueProbability({ cue: { scale: 1, offset: 1 } }, 0.5)).toBeCloseTo(1 / (1 + Math.exp(-1)), 12);
  });
});

describe('calibratedReply', () => {
  const steps = (upTo: number[], value: number[]): Steps => ({ upTo, value });
  const model = {
    replies: {
      primary: steps([0.3, 0.6, 0.9], [0.2, 0.5, 0.8]),
      secondary: { salutation: steps([0.5], [0.4]), quote: steps([0.5], [0.1]), mention: steps([0.4, 1], [0.05, 0.3]) },
    },
  };

  it('looks a confidence up in the primary steps: first step, between steps, edges and above the last', () => {
    expect(calibratedReply(model, 0.1, true, 'salutation')).toBe(0.2);
    expect(calibratedReply(model, 0.3, true, 'salutation')).toBe(0.2);
    expect(calibratedReply(model, 0.31, true, 'salutation')).toBe(0.5);
    expect(calibratedReply(model, 0.75, true, 'adjacency')).toBe(0.8);
    expect(calibratedReply(model, 0.95, true, 'mention')).toBe(0.8);
  });

  it("uses each cue kind's own secondary table", () => {
    expect(calibratedReply(model, 0.45, false, 'salutation')).toBe(0.4);
    expect(calibratedReply(model, 0.45, false, 'quote')).toBe(0.1);
    expect(calibratedReply(model, 0.45, false, 'mention')).toBe(0.3);
    expect(calibratedReply(model, 0.7, false, 'salutation')).toBe(0.4);
  });

  it('leaves secondary references (and other uncalibrated signals) as computed', () => {
    expect(calibratedReply(model, 0.45, false, 'reference')).toBe(0.45);
    expect(calibratedReply(model, 0.45, false, 'explicit')).toBe(0.45);
  });

  it('leaves every confidence as computed without a calibration or with empty steps', () => {
    expect(calibratedReply({}, 0.37, true, 'salutation')).toBe(0.37);
    expect(calibratedReply({}, 0.37, false, 'quote')).toBe(0.37);
    const empty = { replies: { ...model.replies, primary: steps([], []) } };
    expect(calibratedReply(empty, 0.37, true, 'salutation')).toBe(0.37);
  });
});
