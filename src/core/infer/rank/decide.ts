/**
 * Turns the scorer's probabilities for one comment into its parent link and its replies.
 * The most probable candidate is the comment's parent unless "none" wins. The parent's author
 * gets a reply (unless it is the comment's own author: a continuation of their turn), and so
 * does every other person the comment names or quotes whose best comment is probable enough.
 * A reply's confidence is the probability of the comment it points at.
 */
import type { Comment, CommentLink, Evidence, Reply } from '../../types';
import type { InferContext } from '../context';
import type { TargetedEvidence } from '../combine';
import type { CandidateSet } from './candidates';

/** A person named or quoted but not the parent's author is answered too when this likely. */
export const SECONDARY_MIN_PROBABILITY = 0.1;

export interface Decision {
  link?: CommentLink;
  replies: Reply[];
}

const round = (p: number) => Math.round(p * 1000) / 1000;

function positionEvidence(comment: Comment, target: Comment): Evidence {
  const gap = comment.index - target.index;
  return {
    signal: 'adjacency', confidence: 0, text: gap === 1 ? `follows comment ${target.index}` : `${gap} comments after comment ${target.index}`,
    start: 0, end: 0, targetCommentId: target.id,
  };
}

export function decide(
  ctx: InferContext, comment: Comment, set: CandidateSet, p: Float64Array, evidence: readonly TargetedEvidence[],
): Decision {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const decision: Decision = { replies: [] };
  const bestComment = best > 0 ? ctx.byIndex(set.targets[best]!) : undefined;
  if (bestComment) decision.link = { commentId: comment.id, parentId: bestComment.id, confidence: round(p[best]!) };

  // Each person's most probable candidate comment.
  const bestOf = new Map<string, number>();
  for (let k = 1; k < p.length; k++) {
    const author = ctx.byIndex(set.targets[k]!)!.authorId;
    const prev = bestOf.get(author);
    if (prev === undefined || p[k]! > p[prev]!) bestOf.set(author, k);
  }
  const support = new Map<string, Evidence[]>();
  for (const e of evidence) {
    if (e.target === comment.authorId) continue;
    const { target, ...piece } = e;
    const list = support.get(target) ?? [];
    list.push(piece);
    support.set(target, list);
  }
  const primary = bestComment && bestComment.authorId !== comment.authorId ? bestComment.authorId : undefined;
  const answered = new Set<string>(support.keys());
  if (primary) answered.add(primary);
  for (const target of answered) {
    const k = target === primary ? best : bestOf.get(target);
    if (k === undefined) continue;
    const probability = p[k]!;
    if (target !== primary && probability < SECONDARY_MIN_PROBABILITY) continue;
    const pieces = (support.get(target) ?? []).sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    const targetComment = ctx.byIndex(set.targets[k]!)!;
    if (pieces.length === 0) pieces.push(positionEvidence(comment, targetComment));
    const first = pieces[0]!;
    decision.replies.push({
      id: `${comment.id}->${target}`, commentId: comment.id, commentIndex: comment.index, source: comment.authorId, target,
      targetCommentId: targetComment.id, signal: first.signal, confidence: round(probability), evidence: first, support: pieces,
    });
  }
  decision.replies.sort((a, b) => b.confidence - a.confidence || a.target.localeCompare(b.target));
  return decision;
}
