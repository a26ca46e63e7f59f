/**
 * The words of a comment that the reply scorer compares between comments: how many words it
 * has, and its distinct words of MIN_WORD_LENGTH letters or more (as lexicon ids), which the
 * scorer's memory counts as shared words when they are rare. Collected into reused buffers.
 */
import type { TokenList } from '../../names/lexicon';

/** Words shorter than this never count as shared words. */
export const MIN_WORD_LENGTH = 4;

export interface CommentWords {
  /** Tokens in the comment. */
  count: number;
  /** Distinct long words, entries 0 to distinctCount - 1 (the array may be longer). */
  distinct: Int32Array;
  distinctCount: number;
}

export class CommentWordsCollector {
  private readonly words: CommentWords = { count: 0, distinct: new Int32Array(256), distinctCount: 0 };
  /** Per word id: the last collection (numbered from 1) that saw it. */
  private stamp = new Int32Array(1024);
  private collection = 0;

  /** The comment's words: valid until the next call. */
  collect(tokens: TokenList): CommentWords {
    const words = this.words;
    const stampNo = ++this.collection;
    if (words.distinct.length < tokens.count) words.distinct = new Int32Array(tokens.count * 2);
    let n = 0;
    for (let t = 0; t < tokens.count; t++) {
      if (tokens.end[t]! - tokens.start[t]! < MIN_WORD_LENGTH) continue;
      const w = tokens.id[t]!;
      if (w >= this.stamp.length) this.growStamp(w);
      if (this.stamp[w] === stampNo) continue;
      this.stamp[w] = stampNo;
      words.distinct[n++] = w;
    }
    words.count = tokens.count;
    words.distinctCount = n;
    return words;
  }

  private growStamp(id: number): void {
    const grown = new Int32Array(Math.max(id + 1, this.stamp.length * 2));
    grown.set(this.stamp);
    this.stamp = grown;
  }
}
