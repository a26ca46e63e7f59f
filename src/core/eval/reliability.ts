/**
 * Reliability of confidences: predictions grouped into confidence bins of width 0.1, each with
 * its mean confidence and the share that is right. A calibrated scorer's confidence matches the
 * share right in every bin with enough predictions to say.
 */
import type { InferResult } from '../infer/index';
import { firstCopy, type EvalCase } from './datasets';

/** Bins with fewer predictions than this are shown but not held to the calibration bound. */
export const MIN_BIN_SUPPORT = 20;

export interface ReliabilityBin {
  /** Lower edge of the bin (the bin holds confidences in [from, from + 0.1), the last also 1). */
  from: number;
  count: number;
  meanConfidence: number;
  /** Share of the bin's predictions that are right. */
  observed: number;
  /** |observed − meanConfidence|. */
  gap: number;
}

export interface Reliability {
  bins: ReliabilityBin[];
  /** Largest gap over bins with at least MIN_BIN_SUPPORT predictions (0 when there are none). */
  maxGap: number;
}

export class ReliabilityTally {
  private readonly count = new Float64Array(10);
  private readonly confidence = new Float64Array(10);
  private readonly right = new Float64Array(10);

  add(confidence: number, correct: boolean): void {
    const bin = Math.min(9, Math.max(0, Math.floor(confidence * 10)));
    this.count[bin]!++;
    this.confidence[bin]! += confidence;
    if (correct) this.right[bin]!++;
  }

  result(): Reliability {
    const bins: ReliabilityBin[] = [];
    let maxGap = 0;
    for (let b = 0; b < 10; b++) {
      const n = this.count[b]!;
      if (n === 0) continue;
      const meanConfidence = this.confidence[b]! / n, observed = this.right[b]! / n;
      const gap = Math.abs(observed - meanConfidence);
      bins.push({ from: b / 10, count: n, meanConfidence, observed, gap });
      if (n >= MIN_BIN_SUPPORT) maxGap = Math.max(maxGap, gap);
    }
    return { bins, maxGap };
  }
}

/**
 * Adds one case's predictions: each scored comment's parent link (right when the parent is a
 * gold parent) and, where the case has participant gold, each reply (right when its target is
 * among the people the comment answers).
 */
export function tallyReliability(c: EvalCase, result: InferResult, links: ReliabilityTally, replies: ReliabilityTally): void {
  const scored = new Set(c.scored);
  for (const link of result.links) {
    if (scored.has(link.commentId)) links.add(link.confidence, c.goldParents.get(link.commentId)?.has(firstCopy(c, link.parentId)) ?? false);
  }
  if (!c.goldTargets) return;
  for (const r of result.replies) {
    if (scored.has(r.commentId)) replies.add(r.confidence, c.goldTargets.get(r.commentId)?.has(r.target) ?? false);
  }
}
