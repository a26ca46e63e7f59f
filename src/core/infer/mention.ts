/**
 * Mention signal: a participant's name inside the text that is not a salutation ("in Ann's
 * words", "as @siah said"). Weaker than a salutation, and weaker still when the comment opens
 * by addressing someone else. Names that are ordinary words ("Bill", "Will", "Paris") only count
 * here with a title or "@" in front; otherwise they are prose.
 */
import type { Comment, Evidence } from '../types';
import type { CommentNames } from './comment-names';
import { WEIGHTS } from './weights';

export function findMentions(
  comment: Comment, names: CommentNames, salutationSpans: readonly { start: number; target: string }[],
): (Evidence & { target: string })[] {
  const out: (Evidence & { target: string })[] = [];
  if (names.hits.length === 0) return out;
  const saluted = salutationSpans.map((s) => s.target);
  for (const hit of names.hits) {
    if (hit.participantId === comment.authorId || salutationSpans.some((s) => s.start === hit.start)) continue;
    if (hit.wordLike && !hit.honorific && !hit.handle) continue;
    let confidence: number = hit.handle ? WEIGHTS.handleMention : WEIGHTS.mention;
    if (saluted.length > 0 && !saluted.includes(hit.participantId)) confidence = Math.min(confidence, WEIGHTS.mentionBeside);
    out.push({
      signal: 'mention', confidence, target: hit.participantId,
      text: comment.text.slice(hit.start, hit.end), start: hit.start, end: hit.end,
    });
  }
  return out;
}
