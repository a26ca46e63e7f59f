/**
 * Turns the evidence found for one comment into replies: one reply per (comment, target)
 * pair, whose confidence combines every signal pointing at that target, whose signal and
 * evidence are the strongest one, and whose target comment is the quoted or referenced
 * comment, else the target's latest earlier comment. Nobody replies to themselves.
 */
import type { Comment, Evidence, Reply } from '../types';
import type { InferContext } from './context';
import { combineConfidence } from './weights';

export type TargetedEvidence = Evidence & { target: string };

const POINTING: Record<string, number> = { explicit: 0, quote: 1, reference: 2 };

export function combineEvidence(ctx: InferContext, comment: Comment, evidence: readonly TargetedEvidence[]): Reply[] {
  if (evidence.length === 0) return [];
  const byTarget = new Map<string, TargetedEvidence[]>();
  for (const e of evidence) {
    if (!e.target || e.target === comment.authorId) continue;
    const list = byTarget.get(e.target) ?? [];
    list.push(e);
    byTarget.set(e.target, list);
  }
  const replies: Reply[] = [];
  for (const [target, list] of byTarget) {
    list.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    const support: Evidence[] = list.map(({ target: _t, ...e }) => e);
    const primary = support[0]!;
    const pointing = support
      .filter((e) => e.targetCommentId !== undefined && POINTING[e.signal] !== undefined)
      .sort((a, b) => POINTING[a.signal]! - POINTING[b.signal]! || b.confidence - a.confidence)[0];
    const latest = ctx.lastSpoke(target, comment.index);
    const targetCommentId = pointing?.targetCommentId ?? (latest !== undefined ? ctx.byIndex(latest)?.id : undefined);
    const reply: Reply = {
      id: `${comment.id}->${target}`,
      commentId: comment.id,
      commentIndex: comment.index,
      source: comment.authorId,
      target,
      signal: primary.signal,
      confidence: Math.round(combineConfidence(support) * 1000) / 1000,
      evidence: primary,
      support,
    };
    if (targetCommentId !== undefined) reply.targetCommentId = targetCommentId;
    replies.push(reply);
  }
  return replies.sort((a, b) => b.confidence - a.confidence || a.target.localeCompare(b.target));
}
