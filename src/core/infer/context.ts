/**
 * Per-thread lookups that every signal needs: comments by id and index, each participant's
 * comment indexes (for "latest earlier comment" and recency), and the alias index of names.
 */
import type { Comment, Thread } from '../types';
import { buildAliasIndex, type AliasIndex } from '../names/aliases';
import { Lexicon } from '../names/lexicon';
import { wordClasses } from './word-classes';

export interface InferContext {
  thread: Thread;
  /** The thread's vocabulary: word ids shared by name matching and quote finding. */
  lexicon: Lexicon;
  aliases: AliasIndex;
  byId: Map<string, Comment>;
  /** Comment by 1-based index. */
  byIndex: (index: number) => Comment | undefined;
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

export function createContext(thread: Thread): InferContext {
  const byId = new Map(thread.comments.map((c) => [c.id, c]));
  const indexes = new Map(thread.participants.map((p) => [p.id, p.commentIndexes]));
  const lexicon = new Lexicon(wordClasses);
  return {
    thread,
    lexicon,
    aliases: buildAliasIndex(thread.participants, lexicon),
    byId,
    byIndex: (i) => thread.comments[i - 1],
    lastSpoke: (id, i) => before(indexes.get(id) ?? [], i),
    nextSpoke: (id, i) => after(indexes.get(id) ?? [], i),
  };
}
