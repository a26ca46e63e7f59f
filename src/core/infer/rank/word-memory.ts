/**
 * The scorer's memory of words: each remembered comment's distinct words of MIN_WORD_LENGTH
 * letters or more (as lexicon ids) in one pooled array, how many comments so far use each word, and for each
 * use the previous use of the same word. It answers how many rare words a comment shares with
 * the comment remembered last: for one earlier comment, or for every comment of a recent range
 * at once by following each rare word back through its earlier uses.
 */
import type { TokenList } from '../../names/lexicon';

/** Words shorter than this never count as shared words. */
export const MIN_WORD_LENGTH = 4;

/** A word used by more than this share of the comments read so far is too common to count. */
const RARE_SHARE = 0.02;
/** ...but a word seen in this many comments or fewer always counts. */
const RARE_FLOOR = 3;

export class WordMemory {
  /** Distinct words of each remembered comment: wordPool[wordStart[i], wordStart[i + 1]). */
  private wordPool = new Int32Array(1 << 16);
  /**
   * Per pool entry: the entry of the same word's previous use (-1: none), and the comment that
   * use belongs to, kept here so that following a word back reads the next entry's comment
   * without a jump to that entry.
   */
  private previousUse = new Int32Array(1 << 16);
  private previousComment = new Int32Array(1 << 16);
  private poolUsed = 0;
  private readonly wordStart: Int32Array;
  private lastRemembered = 0;
  /** Comments seen so far that use each word id. */
  private documentFrequency = new Int32Array(1024);
  /** Index of the latest remembered comment that uses each word id (0: none). */
  private seenIn = new Int32Array(1024);
  /** Pool entry of the latest use of each word id, plus one (0: none). */
  private lastUse = new Int32Array(1024);
  /** Comments remembered so far. */
  private read = 0;

  /**
   * `comments`: how many comments the thread has (indexes 1 to comments). The pool starts small
   * and grows by doubling: reserving it for a long thread at once (tens of MB of buffers) made the
   * engine run a full collection of the whole heap during inference.
   */
  constructor(comments: number) {
    this.wordStart = new Int32Array(comments + 2);
  }

  /**
   * How many rare words the comment at `index` shares with the comment remembered last (by
   * `remember`): the words of `index` whose stamp is the last comment's.
   */
  shared(index: number): number {
    const from = this.wordStart[index]!, to = this.wordStart[index + 1]!;
    if (from >= to) return 0;
    const limit = Math.max(RARE_FLOOR, RARE_SHARE * this.read);
    const pool = this.wordPool, seen = this.seenIn, df = this.documentFrequency, last = this.lastRemembered;
    let shared = 0;
    for (let k = from; k < to; k++) {
      const w = pool[k]!;
      if (seen[w] === last && df[w]! <= limit) shared++;
    }
    return shared;
  }

  /**
   * `shared` for every comment from `lo` up to the comment remembered last (excluded),
   * into out[j - lo]: each rare word of the last comment is followed back through its earlier
   * uses down to `lo`, which reads far fewer entries than testing each comment's words.
   */
  sharedSince(lo: number, out: Int32Array): void {
    const i = this.lastRemembered;
    out.fill(0, 0, Math.max(0, i - lo));
    const limit = Math.max(RARE_FLOOR, RARE_SHARE * this.read);
    const pool = this.wordPool, df = this.documentFrequency, previous = this.previousUse, previousComment = this.previousComment;
    for (let k = this.wordStart[i]!, to = this.wordStart[i + 1]!; k < to; k++) {
      if (df[pool[k]!]! > limit) continue;
      for (let p = previous[k]!, j = previousComment[k]!; p >= 0; j = previousComment[p]!, p = previous[p]!) {
        if (j < lo) break;
        out[j - lo]!++;
      }
    }
  }

  /**
   * Records the distinct long words of the comment at `index`, from its tokens: once per
   * comment, in thread order, before it is scored. Each word is stamped with the comment's
   * index, which also tells a word already recorded for this comment, and lets `shared` test
   * membership in one read.
   */
  remember(index: number, tokens: Pick<TokenList, 'count' | 'start' | 'end' | 'id'>): void {
    const count = tokens.count, ids = tokens.id, starts = tokens.start, ends = tokens.end;
    // A comment has at most `count` distinct words.
    if (this.wordPool.length < this.poolUsed + count) {
      const size = Math.max(this.poolUsed + count, this.wordPool.length * 2);
      const grow = (a: Int32Array) => {
        const grown = new Int32Array(size);
        grown.set(a.subarray(0, this.poolUsed));
        return grown;
      };
      this.wordPool = grow(this.wordPool);
      this.previousUse = grow(this.previousUse);
      this.previousComment = grow(this.previousComment);
    }
    let df = this.documentFrequency, seen = this.seenIn, last = this.lastUse;
    const pool = this.wordPool, previous = this.previousUse, previousComment = this.previousComment;
    let n = this.poolUsed;
    for (let k = 0; k < count; k++) {
      if (ends[k]! - starts[k]! < MIN_WORD_LENGTH) continue;
      const w = ids[k]!;
      if (w >= df.length) {
        this.growWordTables(w);
        df = this.documentFrequency;
        seen = this.seenIn;
        last = this.lastUse;
      }
      if (seen[w] === index) continue; // recorded already: the comment's words are distinct
      previous[n] = last[w]! - 1;
      previousComment[n] = seen[w]!; // the comment of that use (0 when none, never read then)
      seen[w] = index;
      df[w]!++;
      last[w] = n + 1;
      pool[n++] = w;
    }
    // Comments are remembered in order, so every index up to this one now starts here or earlier.
    for (let k = this.lastRemembered + 1; k <= index; k++) this.wordStart[k] = this.poolUsed;
    this.wordStart[index + 1] = n;
    this.poolUsed = n;
    this.lastRemembered = index;
    this.read++;
  }

  /** Makes the per-word tables long enough for word id `w`. */
  private growWordTables(w: number): void {
    const size = Math.max(w + 1, this.documentFrequency.length * 2);
    const df = new Int32Array(size);
    df.set(this.documentFrequency);
    this.documentFrequency = df;
    const seen = new Int32Array(size);
    seen.set(this.seenIn);
    this.seenIn = seen;
    const last = new Int32Array(size);
    last.set(this.lastUse);
    this.lastUse = last;
  }
}
