/**
 * Lookups over the visible replies used by the text panel: replies by the comment that makes
 * them, by the comment they answer, and by participant pair. Built once per replies array
 * (the visible replies are memoised, so the index is too) and never mutated afterwards.
 */
import type { Comment, Reply, Thread } from '../../core/types';
import { commentsById } from '../../core/thread';

export interface ReplyIndex {
  made: ReadonlyMap<string, Reply[]>;
  received: ReadonlyMap<string, Reply[]>;
  byPair: ReadonlyMap<string, Reply[]>;
  /** Replies received per participant id. */
  receivedBy: ReadonlyMap<string, number>;
}

const cache = new WeakMap<readonly Reply[], ReplyIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function pairKey(source: string, target: string): string {
  return `${source}\u0000${target}`;
}

/** The index of a replies array (cached per array identity). */
export function replyIndex(replies: readonly Reply[]): ReplyIndex {
  const hit = cache.get(replies);
  if (hit) return hit;
  const made = new Map<string, Reply[]>();
  const received = new Map<string, Reply[]>();
  const byPair = new Map<string, Reply[]>();
  const receivedBy = new Map<string, number>();
  for (const r of replies) {
    push(made, r.commentId, r);
    if (r.targetCommentId !== undefined) push(received, r.targetCommentId, r);
    push(byPair, pairKey(r.source, r.target), r);
    receivedBy.set(r.target, (receivedBy.get(r.target) ?? 0) + 1);
  }
  const index = { made, received, byPair, receivedBy };
  cache.set(replies, index);
  return index;
}

/** The comment with a 1-based thread index (comments are stored in thread order). */
export function commentAt(thread: Thread, index: number): Comment | undefined {
  const c = thread.comments[index - 1];
  return c && c.index === index ? c : thread.comments.find((x) => x.index === index);
}

export function commentById(thread: Thread, id: string): Comment | undefined {
  return commentsById(thread).get(id);
}

const nameCache = new WeakMap<Thread, Map<string, string>>();

/** A participant's display name (the id when the thread does not know it). */
export function participantName(thread: Thread, id: string): string {
  let map = nameCache.get(thread);
  if (!map) {
    map = new Map(thread.participants.map((p) => [p.id, p.name]));
    nameCache.set(thread, map);
  }
  return map.get(id) ?? id;
}
