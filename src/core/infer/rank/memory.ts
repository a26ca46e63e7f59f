/**
 * What the reply scorer remembers while it walks a thread in order: each comment's author
 * (as a small number), time and whether it asks a question; each person's latest comment so
 * far; whom each comment named or quoted and whose comment it was scored to answer; its rarer
 * words; and when two people last named or quoted each other. Everything is looked up by
 * 1-based comment index, in typed arrays and number-keyed maps, because the scorer asks these
 * questions for every candidate of every comment.
 */
import type { Thread } from '../../types';
import type { CommentWords } from './comment-words';
import { isoMillis } from '../../parse/dates';

/** A word used by more than this share of the comments read so far is too common to count. */
const RARE_SHARE = 0.02;
/** ...but a word seen in this many comments or fewer always counts. */
const RARE_FLOOR = 3;

export class ThreadMemory {
  /** Milliseconds since the epoch, NaN when unknown or known to the day only. */
  readonly times: Float64Array;
  /** Author number of each comment (participants numbered in thread order). */
  readonly authorOf: Int32Array;
  private readonly numberOf = new Map<string, number>();
  /** Latest comment index of each author number among the comments read so far (0: none). */
  private readonly latestBy: Int32Array;
  private readonly asks: Int8Array;
  private readonly addressees: (readonly number[] | undefined)[];
  /**
   * For each author number a, the comment index at which a and each higher-numbered author b
   * last named or quoted each other (keyed by b: small integers, which maps hash fastest).
   */
  private readonly lastExchange: (Map<number, number> | undefined)[];
  /** Author number of the comment each comment was scored to answer, or -1. */
  private readonly parentAuthors: Int32Array;
  /** Distinct words of each remembered comment: wordPool[wordStart[i], wordStart[i + 1]). */
  private wordPool = new Int32Array(1 << 16);
  /** Per pool entry: the comment it belongs to, and the entry of the same word's previous use (-1: none). */
  private poolComment = new Int32Array(1 << 16);
  private previousUse = new Int32Array(1 << 16);
  private poolUsed = 0;
  private readonly wordStart: Int32Array;
  private lastRemembered = 0;
  /** Comments seen so far that use each word id. */
  private documentFrequency = new Int32Array(1024);
  /** Index of the latest remembered comment that uses each word id (0: none). */
  private seenIn = new Int32Array(1024);
  /** Pool entry of the latest use of each word id, plus one (0: none). */
  private lastUse = new Int32Array(1024);
  private scratchBuffer = new Float64Array(1024);
  private read = 0;
  /** Non-system comments up to and including each index. */
  private readonly spoken: Int32Array;
  private readonly opened: Uint8Array;
  /** 1 for system lines (joins, quits), which are never candidates. */
  private readonly system: Uint8Array;
  /** Topic number of each comment (-1: none); comments of other topics are no candidates by position. */
  private readonly topicOf: Int32Array;
  /** 1 for each author number that has named or quoted someone or been named or quoted. */
  private talked = new Uint8Array(0);

  constructor(private readonly thread: Thread) {
    const n = thread.comments.length;
    this.times = new Float64Array(n + 1).fill(NaN);
    this.authorOf = new Int32Array(n + 1).fill(-1);
    this.asks = new Int8Array(n + 1).fill(-1);
    this.addressees = new Array(n + 1);
    this.parentAuthors = new Int32Array(n + 1).fill(-1);
    this.wordStart = new Int32Array(n + 2);
    this.spoken = new Int32Array(n + 1);
    this.opened = new Uint8Array(n + 1);
    this.system = new Uint8Array(n + 1);
    this.topicOf = new Int32Array(n + 1).fill(-1);
    const topics = new Map<string, number>();
    for (const c of thread.comments) {
      this.spoken[c.index] = this.spoken[c.index - 1]! + (c.system ? 0 : 1);
      if (c.system) this.system[c.index] = 1;
      if (c.topic !== undefined) {
        let t = topics.get(c.topic);
        if (t === undefined) topics.set(c.topic, (t = topics.size));
        this.topicOf[c.index] = t;
      }
      this.authorOf[c.index] = this.number(c.authorId);
      if (c.time !== undefined && c.timePrecision !== 'day') this.times[c.index] = isoMillis(c.time);
    }
    this.latestBy = new Int32Array(this.numberOf.size);
    this.talked = new Uint8Array(this.numberOf.size);
    // Filled, not sparse, so that the engine keeps it a plain array.
    this.lastExchange = new Array<Map<number, number> | undefined>(this.numberOf.size).fill(undefined);
  }

  /** A zeroed buffer of `length` numbers, reused from one call to the next (saves garbage collection). */
  scratch(length: number): Float64Array {
    if (this.scratchBuffer.length < length) this.scratchBuffer = new Float64Array(Math.max(length, this.scratchBuffer.length * 2));
    const view = this.scratchBuffer.subarray(0, length);
    view.fill(0);
    return view;
  }

  /** The small number of a participant id (numbered on first sight). */
  number(participantId: string): number {
    let n = this.numberOf.get(participantId);
    if (n === undefined) this.numberOf.set(participantId, (n = this.numberOf.size));
    return n;
  }

  /** Latest comment (among those read) by the author numbered `author`, or 0. */
  latest(author: number): number {
    return author < this.latestBy.length ? this.latestBy[author]! : 0;
  }

  /** True when the comment at `index` is a system line. */
  isSystem(index: number): boolean {
    return this.system[index] === 1;
  }

  /** True when the two comments belong to the same topic (or neither has one). */
  sameTopic(a: number, b: number): boolean {
    return this.topicOf[a] === this.topicOf[b];
  }

  /** True when the comment at `index` contains a question mark. */
  asksQuestion(index: number): boolean {
    let v = this.asks[index]!;
    if (v < 0) {
      v = (this.thread.comments[index - 1]?.text ?? '').includes('?') ? 1 : 0;
      this.asks[index] = v;
    }
    return v === 1;
  }

  /** Minutes from comment `a` to comment `b`, NaN when either time is unknown. */
  minutesBetween(a: number, b: number): number {
    return (this.times[b]! - this.times[a]!) / 60000;
  }

  /** Comments (system lines not counted) from comment `a` to comment `b`. */
  spokenGap(a: number, b: number): number {
    return this.spoken[b]! - this.spoken[a]!;
  }

  /** True when the comment at `index` named or quoted the author numbered `author`. */
  addressed(index: number, author: number): boolean {
    const list = this.addressees[index];
    return list !== undefined && list.includes(author);
  }

  /** True when the author has named or quoted someone, or been named or quoted, so far. */
  hasTalked(author: number): boolean {
    return this.talked[author] === 1;
  }

  /** Comment index at which the two authors last named or quoted each other, or 0. */
  lastTalk(a: number, b: number): number {
    const exchanges = this.lastExchange[a < b ? a : b];
    return exchanges === undefined ? 0 : exchanges.get(a < b ? b : a) ?? 0;
  }

  /** True when the comment at `index` was scored to answer nobody. */
  openedConversation(index: number): boolean {
    return this.opened[index] === 1;
  }

  /** Author number of the comment the comment at `index` was scored to answer, or -1. */
  parentAuthor(index: number): number {
    return this.parentAuthors[index]!;
  }

  /**
   * How many rare words the comment at `index` shares with the comment remembered last (by
   * `rememberWords`): the words of `index` whose stamp is the last comment's.
   */
  sharedRareWords(index: number): number {
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
   * `sharedRareWords` for every comment from `lo` up to the comment remembered last (excluded),
   * into out[j - lo]: each rare word of the last comment is followed back through its earlier
   * uses down to `lo`, which reads far fewer entries than testing each comment's words.
   */
  sharedRareWordsSince(lo: number, out: Int32Array): void {
    const i = this.lastRemembered;
    out.fill(0, 0, Math.max(0, i - lo));
    const limit = Math.max(RARE_FLOOR, RARE_SHARE * this.read);
    const pool = this.wordPool, df = this.documentFrequency, previous = this.previousUse, owner = this.poolComment;
    for (let k = this.wordStart[i]!, to = this.wordStart[i + 1]!; k < to; k++) {
      if (df[pool[k]!]! > limit) continue;
      for (let p = previous[k]!; p >= 0; p = previous[p]!) {
        const j = owner[p]!;
        if (j < lo) break;
        out[j - lo]!++;
      }
    }
  }

  /**
   * Records the distinct long words of the comment at `index` (see comment-words.ts): once per
   * comment, in thread order, before it is scored. Each word is stamped with the comment's
   * index, which lets `sharedRareWords` test membership in one read.
   */
  rememberWords(index: number, words: CommentWords): void {
    const count = words.distinctCount, distinct = words.distinct;
    if (this.wordPool.length < this.poolUsed + count) {
      const size = Math.max(this.poolUsed + count, this.wordPool.length * 2);
      const grow = (a: Int32Array) => {
        const grown = new Int32Array(size);
        grown.set(a.subarray(0, this.poolUsed));
        return grown;
      };
      this.wordPool = grow(this.wordPool);
      this.poolComment = grow(this.poolComment);
      this.previousUse = grow(this.previousUse);
    }
    let df = this.documentFrequency, seen = this.seenIn, last = this.lastUse;
    const pool = this.wordPool, owner = this.poolComment, previous = this.previousUse;
    let n = this.poolUsed;
    for (let k = 0; k < count; k++) {
      const w = distinct[k]!;
      if (w >= df.length) {
        this.growWordTables(w);
        df = this.documentFrequency;
        seen = this.seenIn;
        last = this.lastUse;
      }
      seen[w] = index;
      df[w]!++;
      previous[n] = last[w]! - 1;
      last[w] = n + 1;
      owner[n] = index;
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

  /**
   * Records what was decided for the comment at `index`: whose comment it answers (-1: it
   * opened a conversation; undefined: no decision, e.g. an explicit parent outside the
   * thread), whom it named or quoted, and that it is now its author's latest comment.
   */
  remember(index: number, parentAuthor: number | undefined, targets: readonly string[]): void {
    const author = this.authorOf[index]!;
    if (parentAuthor !== undefined) {
      this.parentAuthors[index] = parentAuthor;
      if (parentAuthor < 0) this.opened[index] = 1;
    }
    if (targets.length > 0) {
      const numbers = targets.map((t) => this.number(t));
      this.addressees[index] = numbers;
      for (const t of numbers) {
        if (t === author) continue;
        const low = author < t ? author : t;
        while (this.lastExchange.length <= low) this.lastExchange.push(undefined);
        let exchanges = this.lastExchange[low];
        if (exchanges === undefined) this.lastExchange[low] = exchanges = new Map();
        exchanges.set(author < t ? t : author, index);
        this.talked[author] = 1;
        if (t < this.talked.length) this.talked[t] = 1;
      }
    }
    this.latestBy[author] = index;
  }
}
