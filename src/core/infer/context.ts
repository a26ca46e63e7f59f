/**
 * Per-thread lookups that every signal needs: comments by id, index and number as a reader
 * counts them (within their post, when a file holds several), each participant's comment
 * indexes (for "latest earlier comment" and recency), and the alias index of names.
 */
import type { Comment, Thread } from '../types';
import { buildAliasIndex, type AliasIndex } from '../names/aliases';
import { Lexicon } from '../names/lexicon';
import { wordClasses } from './word-classes';
import { commentsById } from '../thread';

export interface InferContext {
  thread: Thread;
  /** The thread's vocabulary: word ids shared by name matching and quote finding. */
  lexicon: Lexicon;
  aliases: AliasIndex;
  byId: ReadonlyMap<string, Comment>;
  /** Comment by 1-based index. */
  byIndex: (index: number) => Comment | undefined;
  /**
   * The comment a reader of `from` would call number `n`: the n-th comment of its topic (the
   * post it was left on, in a file holding several), else of the thread.
   */
  numbered: (from: Comment, n: number) => Comment | undefined;
  /** Latest comment index of a participant strictly before `index`. */
  lastSpoke: (participantId: string, index: number) => number | undefined;
  /** First comment index of a participant strictly after `index`. */
  nextSpoke: (participantId: string, index: number) => number | undefined;
}

/** Largest element of the sorted array that is < x, or undefined. */
function before(sorted: readonly number[], x: number): number | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1; else hi = mid;
  }
  return lo > 0 ? sorted[lo - 1] : undefined;
}

function after(sorted: readonly number[], x: number): number | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1; else hi = mid;
  }
  return sorted[lo];
}

/** The comments of each topic in thread order (built when first asked). */
function topicLists(comments: readonly Comment[]): Map<string, Comment[]> {
  const lists = new Map<string, Comment[]>();
  for (const c of comments) {
    if (c.topic === undefined) continue;
    let list = lists.get(c.topic);
    if (!list) lists.set(c.topic, (list = []));
    list.push(c);
  }
  return lists;
}

export function createContext(thread: Thread): InferContext {
  const byId = commentsById(thread);
  let topics: Map<string, Comment[]> | undefined;
  const indexes = new Map(thread.participants.map((p) => [p.id, p.commentIndexes]));
  const lexicon = new Lexicon(wordClasses);
  return {
    thread,
    lexicon,
    aliases: buildAliasIndex(thread.participants, lexicon),
    byId,
    byIndex: (i) => thread.comments[i - 1],
    numbered: (from, n) => {
      if (from.topic === undefined) return thread.comments[n - 1];
      topics ??= topicLists(thread.comments);
      return topics.get(from.topic)?.[n - 1];
    },
    lastSpoke: (id, i) => before(indexes.get(id) ?? [], i),
    nextSpoke: (id, i) => after(indexes.get(id) ?? [], i),
  };
}
