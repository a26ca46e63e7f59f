/**
 * Turns the scorer's probabilities for one comment into its parent link and its replies.
 * The most probable candidate is the comment's parent unless "none" wins. The parent's author
 * gets a reply (unless it is the comment's own author: a continuation of their turn), and so
 * does every other person the comment names or quotes, if probable enough. A reply's
 * confidence is the probability that the comment answers that person: the larger of the
 * scorer's probability that its parent is one of theirs and the calibrated strength of the
 * cues naming or quoting them (a comment may answer several people at once), through the
 * model's final calibration.
 */
import type { Comment, CommentLink, Evidence, Reply } from '../../types';
import type { InferContext } from '../context';
import type { TargetedEvidence } from '../combine';
import type { CandidateSet } from './candidates';
import type { ThreadMemory } from './memory';
import { calibratedReply, cueProbability, type ScorerModel } from './model';
import { combineConfidence } from '../weights';

/** A person named or quoted but not the parent's author is answered too when this likely. */
export const SECONDARY_MIN_PROBABILITY = 0.2;

export interface Decision {
  link?: CommentLink;
  /** Index of the parent comment when there is a link. */
  parentIndex?: number;
  replies: Reply[];
}

const round = (p: number) => Math.round(p * 1000) / 1000;

/** Cues of one person, strongest first, then in text order. */
const strongestFirst = (x: Evidence, y: Evidence) => y.confidence - x.confidence || x.start - y.start;

const byConfidenceThenTarget = (a: Reply, b: Reply) => b.confidence - a.confidence || a.target.localeCompare(b.target);

/** The evidence of a reply by position: how many comments (system lines not counted) it comes after the one answered. */
function positionEvidence(memory: ThreadMemory, comment: Comment, target: Comment): Evidence {
  const gap = memory.spokenGap(target.index, comment.index);
  return {
    signal: 'adjacency', confidence: 0, text: gap === 1 ? `follows comment ${target.index}` : `${gap} comments after comment ${target.index}`,
    start: 0, end: 0, targetCommentId: target.id,
  };
}

/** The comment's evidence grouped per person other than its author, people in evidence order. */
interface Grouped {
  people: string[];
  pieces: Evidence[][];
}

/** The evidence without its target, as a reply keeps it (an object literal: cheaper than a rest copy, same fields). */
function pieceOf(e: TargetedEvidence): Evidence {
  if (e.targetCommentId === undefined) return { signal: e.signal, confidence: e.confidence, text: e.text, start: e.start, end: e.end };
  return { signal: e.signal, confidence: e.confidence, text: e.text, start: e.start, end: e.end, targetCommentId: e.targetCommentId };
}

function evidenceByTarget(comment: Comment, evidence: readonly TargetedEvidence[]): Grouped {
  const grouped: Grouped = { people: [], pieces: [] };
  for (const e of evidence) {
    if (e.target === comment.authorId) continue;
    const target = e.target;
    const piece = pieceOf(e);
    const at = grouped.people.indexOf(target);
    if (at >= 0) grouped.pieces[at]!.push(piece);
    else {
      grouped.people.push(target);
      grouped.pieces.push([piece]);
    }
  }
  return grouped;
}

/** Combined strength of a person's cues. */
function strengthOf(pieces: readonly Evidence[]): number {
  return combineConfidence(pieces);
}

/** Combined strength of the cues pointing at each person other than the comment's author. */
export function cueStrengths(comment: Comment, evidence: readonly TargetedEvidence[]): Map<string, number> {
  const { people, pieces } = evidenceByTarget(comment, evidence);
  return new Map(people.map((t, k) => [t, strengthOf(pieces[k]!)]));
}

function makeReply(comment: Comment, target: string, targetComment: Comment | undefined, pieces: Evidence[], probability: number): Reply {
  const first = pieces[0]!;
  const reply: Reply = {
    id: `${comment.id}->${target}`, commentId: comment.id, commentIndex: comment.index, source: comment.authorId, target,
    signal: first.signal, confidence: round(probability), evidence: first, support: pieces,
  };
  if (targetComment) reply.targetCommentId = targetComment.id;
  return reply;
}

/** The decision's replies without a reply: shared, never written to. */
const NO_REPLIES: Reply[] = [];

/** The one decision handed out, refilled by every call (a comment's decision is read before the next is made). */
const scratch: Decision = { replies: NO_REPLIES };

/** Adds a reply to the decision: its list is made with the first (emptying a reused list drops its storage, and the next push makes it again). */
function addReply(decision: Decision, reply: Reply): void {
  if (decision.replies === NO_REPLIES) decision.replies = [reply];
  else decision.replies.push(reply);
}

/**
 * The decision for one comment, valid until the next call (the object is reused; its link and
 * its list of replies are new each time, or the shared empty list). `positionReplies`: whether replies resting on
 * position alone are wanted; when not, they are not made at all (they would be filtered out;
 * the link stays).
 */
export function decide(
  ctx: InferContext, memory: ThreadMemory, model: ScorerModel, comment: Comment, set: CandidateSet, p: Float64Array,
  evidence: readonly TargetedEvidence[], positionReplies = true,
): Decision {
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  const decision = scratch;
  decision.replies = NO_REPLIES;
  decision.link = undefined;
  decision.parentIndex = undefined;
  const bestComment = best > 0 ? ctx.byIndex(set.targets[best]!) : undefined;
  if (bestComment) {
    decision.link = { commentId: comment.id, parentId: bestComment.id, confidence: round(p[best]!) };
    decision.parentIndex = bestComment.index;
  }
  if (evidence.length === 0) {
    // No cue: at most one reply, by position, to the parent's author (most comments, so kept lean).
    if (!bestComment || bestComment.authorId === comment.authorId || !positionReplies) return decision;
    let theirs = 0;
    const parentAuthor = memory.authorOf[bestComment.index]!;
    for (let k = 1; k < p.length; k++) if (memory.authorOf[set.targets[k]!] === parentAuthor) theirs += p[k]!;
    const pieces = [positionEvidence(memory, comment, bestComment)];
    addReply(decision, makeReply(comment, bestComment.authorId, bestComment, pieces, calibratedReply(model, theirs, true, 'adjacency')));
    return decision;
  }

  const support = evidenceByTarget(comment, evidence);
  const primary = bestComment && bestComment.authorId !== comment.authorId ? bestComment.authorId : undefined;
  const answered = support.people;
  if (primary && !answered.includes(primary)) answered.push(primary);
  for (let a = 0; a < answered.length; a++) {
    const target = answered[a]!;
    const person = memory.number(target);
    // The person's most probable candidate comment, and the probability that the parent is theirs.
    let bestOf = -1;
    let theirs = 0;
    for (let k = 1; k < p.length; k++) {
      if (memory.authorOf[set.targets[k]!] !== person) continue;
      if (bestOf < 0 || p[k]! > p[bestOf]!) bestOf = k;
      theirs += p[k]!;
    }
    // A person named before they have spoken has no candidate comment: the reply points at nobody's comment.
    const k = target === primary ? best : bestOf >= 0 ? bestOf : undefined;
    const cues = support.pieces[a];
    const strength = cues ? strengthOf(cues) : undefined;
    const pieces = (cues ?? []).sort(strongestFirst);
    const targetComment = k !== undefined ? ctx.byIndex(set.targets[k]!)! : undefined;
    if (pieces.length === 0 && targetComment && positionReplies) pieces.push(positionEvidence(memory, comment, targetComment));
    const first = pieces[0];
    if (!first) continue;
    const raw = Math.max(theirs, strength !== undefined ? cueProbability(model, strength) : 0);
    // Without a parent, the first person named is calibrated as the one answered.
    const asPrimary = target === primary || (!primary && k === undefined && best === 0);
    const probability = calibratedReply(model, raw, asPrimary, first.signal);
    if (!asPrimary && probability < SECONDARY_MIN_PROBABILITY) continue;
    addReply(decision, makeReply(comment, target, targetComment, pieces, probability));
  }
  if (decision.replies.length > 1) decision.replies.sort(byConfidenceThenTarget);
  return decision;
}
