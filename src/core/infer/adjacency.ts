/**
 * Adjacency signal (off unless asked for): the previous comment by someone else. A weak
 * fallback for chat-like threads where people answer whatever came just before.
 */
import type { Comment, Evidence } from '../types';
import type { InferContext } from './context';
import { WEIGHTS } from './weights';

export function findAdjacent(ctx: InferContext, comment: Comment): (Evidence & { target: string })[] {
  for (let i = comment.index - 1; i >= 1; i--) {
    const prev = ctx.byIndex(i);
    if (!prev || prev.system) continue;
    if (prev.authorId === comment.authorId) return [];
    return [{
      signal: 'adjacency', confidence: WEIGHTS.adjacency, target: prev.authorId, targetCommentId: prev.id,
      text: `follows comment ${prev.index}`, start: 0, end: 0,
    }];
  }
  return [];
}
