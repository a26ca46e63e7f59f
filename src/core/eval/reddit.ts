/**
 * Evaluation case for a Reddit thread read by the project's JSON parser (any shape it reads as
 * Reddit: API listings or a post with a flat `comments` list carrying `parent_id`). Gold parent
 * of a comment = its `parent_id` when that is a comment of the file; a top-level comment answers
 * the post and has no gold link. Scored: the comments whose parent is the post or a comment
 * of the file; one whose parent is missing (deleted) has unknown gold, and the post itself is
 * context.
 * Parent ids are hidden from inference unless asked. A negative control: Redditors reply by
 * position in the tree, rarely by name or quote.
 */
import { InputError } from '../errors';
import { parseInput } from '../parse/index';
import { buildThread } from '../thread';
import type { EvalCase } from './datasets';
import { goldLinks } from './gold-links';
import { hideParentIds } from './hide-parents';

export interface RedditCaseOptions {
  /** Keep `parent_id`s visible to inference (default false). */
  keepParentIds?: boolean;
}

export function loadRedditCase(name: string, threadJson: string, opts: RedditCaseOptions = {}): EvalCase {
  const parsed = parseInput(threadJson, { format: 'json', fileName: `${name}.json` });
  if (parsed.dialect !== 'reddit') {
    throw new InputError('BAD_JSON', `${name}: the JSON parser read this file as ${parsed.dialect} JSON, not a Reddit thread.`, {
      hint: 'Give a Reddit thread: API listings, or items with t1_/t3_ ids and parent_id.',
    });
  }
  const withParent = parsed.comments.filter((c) => c.parentId !== undefined);
  if (withParent.length === 0) {
    throw new InputError('BAD_ANNOTATION', `${name}: no comment has a parent_id, so there is no gold structure.`, {
      hint: 'Each Reddit comment needs its parent_id (t3_… for the post, t1_… for a comment).',
    });
  }
  const gold = buildThread(parsed).thread;
  const { thread } = buildThread(opts.keepParentIds ? parsed : hideParentIds(parsed));
  const parentOf = new Map(gold.comments.map((c) => [c.id, c.parentId]));
  const posts = new Set(gold.comments.filter((c) => c.parentId === undefined).map((c) => c.id));
  const { goldParents, goldTargets } = goldLinks(thread, (id) => {
    const parent = parentOf.get(id);
    return parent === undefined || posts.has(parent) ? undefined : [parent];
  });
  // A comment whose parent is missing from the file (deleted when collected) has unknown gold.
  const scored = thread.comments.filter((c) => { const p = parentOf.get(c.id); return p !== undefined && parentOf.has(p); }).map((c) => c.id);
  return { name, kind: 'reddit', thread, scored, goldParents, goldTargets };
}
