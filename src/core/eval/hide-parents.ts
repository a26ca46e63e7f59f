/**
 * Hides explicit reply structure from inference: the evaluation scores how well replies are
 * inferred from text, names and timing, so the parent ids a source gives (In-Reply-To,
 * parent_id, WordPress nesting) must not reach the `explicit` signal.
 */
import type { ParseResult, RawComment } from '../types';

/** The comment without its parent id. */
export function withoutParent({ parentId: _hidden, ...rest }: RawComment): RawComment {
  return rest;
}

/** The same parse result with every comment's parent id removed (the input is not changed). */
export function hideParentIds(parsed: ParseResult): ParseResult {
  return { ...parsed, comments: parsed.comments.map(withoutParent) };
}
