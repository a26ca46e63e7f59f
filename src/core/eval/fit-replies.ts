/**
 * Fits the final calibration of reply confidences: isotonic regression (pool adjacent
 * violators) of "the reply's person is among those the comment answers in the gold" on the
 * reply's confidence as computed, over the training cases' scored comments. The result is a
 * non-decreasing step function; blocks with few replies (see minBlock) are pooled with their
 * neighbours so that no step rests on a handful of replies.
 */
import { inferReplies } from '../infer/index';
import type { ScorerModel, Steps } from '../infer/rank/model';
import { SIGNALS, type Signal } from '../types';
import type { EvalCase } from './datasets';

/** Fewest replies behind one step: 4% of the examples, and at least 30. */
const minBlock = (examples: number) => Math.max(30, Math.round(examples * 0.04));

export interface ReplyExample {
  confidence: number;
  right: boolean;
  /** A reply to the author of the comment's parent (not to another person it names or quotes). */
  primary: boolean;
  signal: Signal;
}

/** Every reply (all signals) of the cases' scored comments, under `model` without its final calibration. */
export function collectReplyExamples(cases: readonly EvalCase[], model: ScorerModel): ReplyExample[] {
  const { replies: _calibration, ...raw } = model;
  const out: ReplyExample[] = [];
  for (const c of cases) {
    const gold = c.goldTargets;
    if (!gold) continue;
    const scored = new Set(c.scored);
    const result = inferReplies(c.thread, { model: raw, signals: SIGNALS });
    const parentOf = new Map(result.links.map((l) => [l.commentId, l.parentId]));
    for (const r of result.replies) {
      if (!scored.has(r.commentId)) continue;
      out.push({ confidence: r.confidence, right: gold.get(r.commentId)?.has(r.target) ?? false, primary: parentOf.get(r.commentId) === r.targetCommentId, signal: r.signal });
    }
  }
  return out;
}

interface Block { maxX: number; sumY: number; n: number }

/**
 * Each kind's calibrations: its own for primary replies, and for secondary replies one shared
 * by every kind (`pooled`: all kinds' examples), as comment threads have few of them.
 */
export function fitReplyCalibration(own: readonly ReplyExample[], pooled: readonly ReplyExample[]): NonNullable<ScorerModel['replies']> {
  const secondary = pooled.filter((e) => !e.primary);
  return {
    primary: isotonicSteps(own.filter((e) => e.primary)),
    secondary: {
      salutation: isotonicSteps(secondary.filter((e) => e.signal === 'salutation')),
      quote: isotonicSteps(secondary.filter((e) => e.signal === 'quote')),
      mention: isotonicSteps(secondary.filter((e) => e.signal === 'mention')),
    },
  };
}

/** The isotonic map as steps: each block's highest confidence → share right in the block. */
export function isotonicSteps(examples: readonly Pick<ReplyExample, 'confidence' | 'right'>[]): Steps {
  // Equal confidences form one group first: a step never splits them.
  const sorted = [...examples].sort((a, b) => a.confidence - b.confidence);
  const groups: Block[] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && last.maxX === e.confidence) { last.sumY += e.right ? 1 : 0; last.n++; }
    else groups.push({ maxX: e.confidence, sumY: e.right ? 1 : 0, n: 1 });
  }
  const blocks: Block[] = [];
  const mean = (b: Block) => b.sumY / b.n;
  const MIN_BLOCK = minBlock(examples.length);
  for (const g of groups) {
    blocks.push({ ...g });
    // Merge while the order is violated, or the block before is too small to stand alone.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!, prev = blocks[blocks.length - 2]!;
      if (mean(prev) < mean(last) && prev.n >= MIN_BLOCK) break;
      blocks.pop();
      prev.maxX = last.maxX; prev.sumY += last.sumY; prev.n += last.n;
    }
  }
  // The last block may be small: pool it into the one before.
  while (blocks.length > 1 && blocks[blocks.length - 1]!.n < minBlock(examples.length)) {
    const last = blocks.pop()!, prev = blocks[blocks.length - 1]!;
    prev.maxX = last.maxX; prev.sumY += last.sumY; prev.n += last.n;
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return { upTo: blocks.map((b) => b.maxX), value: blocks.map((b) => round(mean(b))) };
}
