/**
 * Explicit signal: the source itself says which comment this one answers (mail In-Reply-To,
 * Reddit parent_id, a CSV parent column, WordPress nesting). Parents outside the thread and
 * replies to oneself are left out.
 */
import type { Comment, Evidence } from '../types';
import type { InferContext } from './context';
import { WEIGHTS } from './weights';

export function findExplicit(ctx: InferContext, comment: Comment): (Evidence & { target: string })[] {
  if (!comment.parentId) return [];
  const parent = ctx.byId.get(comment.parentId);
  if (!parent || parent.system || parent.authorId === comment.authorId || parent.index === comment.index) return [];
  return [{
    signal: 'explicit', confidence: WEIGHTS.explicit, target: parent.authorId, targetCommentId: parent.id,
    text: `in reply to ${parent.id}`, start: 0, end: 0,
  }];
}
