/**
 * The reply scorer: a log-linear model over one comment's candidates. Each candidate's score
 * is the sum of its features times their weights; a softmax over the candidates ("none"
 * included) turns scores into the probability that each one is the comment's parent. A
 * second, smaller calibration says how likely a named or quoted person is answered at all.
 */
import type { Signal } from '../../types';
import { FEATURES, FEATURE_COUNT, type FeatureName } from './features';
import type { CandidateSet } from './candidates';

export interface ScorerModel {
  /** Which threads it is for, e.g. "chat". */
  name: string;
  /** How many earlier comments are candidates besides those a cue points at. */
  window: number;
  weights: Readonly<Record<FeatureName, number>>;
  /**
   * Calibration of cue evidence on its own (Platt scaling): a person named or quoted with
   * combined cue strength c is answered with probability σ(scale · logit(c) + offset),
   * whoever else the comment answers.
   */
  cue: { scale: number; offset: number };
  /**
   * Final calibration of reply confidences, separately for the reply to the parent's author
   * (`primary`) and replies to other people the comment names or quotes (`secondary`, right
   * far less often at the same computed confidence, and how often depends on the kind of
   * cue: salutation, quotation or mention). Absent: confidences stay as computed.
   */
  replies?: { primary: Steps; secondary: { salutation: Steps; quote: Steps; mention: Steps } };
}

/**
 * A non-decreasing step function: a value up to `upTo[i]` (and above the step before)
 * becomes `value[i]`; above the last step, the last value.
 */
export interface Steps {
  upTo: readonly number[];
  value: readonly number[];
}

/** A reply confidence through the model's final calibration. */
export function calibratedReply(model: Pick<ScorerModel, 'replies'>, raw: number, primary: boolean, signal: Signal): number {
  const r = model.replies;
  // Secondary replies by reference number never occur in the training data: they stay as computed.
  const steps = primary ? r?.primary : signal === 'salutation' || signal === 'quote' || signal === 'mention' ? r?.secondary[signal] : undefined;
  if (!steps || steps.upTo.length === 0) return raw;
  for (let i = 0; i < steps.upTo.length; i++) if (raw <= steps.upTo[i]!) return steps.value[i]!;
  return steps.value[steps.value.length - 1]!;
}

/** log(c / (1 − c)), with c kept within [0.001, 0.999] so that cues of strength 0 or 1 stay finite. */
export function logit(c: number): number {
  const x = Math.min(0.999, Math.max(0.001, c));
  return Math.log(x / (1 - x));
}

/** Probability that a comment answers a person its cues of combined strength `c` point at. */
export function cueProbability(model: Pick<ScorerModel, 'cue'>, c: number): number {
  return 1 / (1 + Math.exp(-(model.cue.scale * logit(c) + model.cue.offset)));
}

/** The weights as a vector in FEATURES order. */
export function weightVector(model: ScorerModel): Float64Array {
  return Float64Array.from(FEATURES, (f) => model.weights[f]);
}

/** Turns candidate scores into softmax probabilities, in place. */
export function softmaxInPlace(p: Float64Array): Float64Array {
  let max = -Infinity;
  for (let c = 0; c < p.length; c++) if (p[c]! > max) max = p[c]!;
  let sum = 0;
  for (let c = 0; c < p.length; c++) sum += (p[c] = Math.exp(p[c]! - max));
  for (let c = 0; c < p.length; c++) p[c]! /= sum;
  return p;
}

/** Softmax probabilities of the candidates (same order as `set.targets`) under the weights `w`. */
export function candidateProbabilities(set: CandidateSet, w: Float64Array): Float64Array {
  const k = set.targets.length;
  const p = new Float64Array(k);
  for (let c = 0; c < k; c++) {
    let s = 0;
    const row = c * FEATURE_COUNT;
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const v = set.x[row + f]!;
      if (v !== 0) s += v * w[f]!;
    }
    p[c] = s;
  }
  return softmaxInPlace(p);
}
