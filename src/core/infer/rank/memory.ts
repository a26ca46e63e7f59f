/**
 * What the reply scorer remembers while it walks a thread in order: each comment's time and
 * whether it asks a question, whom each comment named or quoted, whose comment it was scored
 * to answer, its rarer words, and when two people last named or quoted each other.
 * Everything is looked up by 1-based comment index.
 */
import type { Thread } from '../../types';
import type { TokenList } from '../../names/lexicon';

/** Words shorter than this never count as shared words. */
const MIN_WORD_LENGTH = 4;
/** A word used by more than this share of the comments read so far is too common to count. */
const RARE_SHARE = 0.02;
/** ...but a word seen in this many comments or fewer always counts. */
const RARE_FLOOR = 3;

const ASKS = /\?/;

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

export class ThreadMemory {
  /** Milliseconds since the epoch, NaN when unknown or known to the day only. */
  readonly times: Float64Array;
  private readonly asks: Int8Array;
  private readonly addressed: (readonly string[] | undefined)[];
  private readonly lastExchange = new Map<string, number>();
  private readonly parentAuthors: (string | undefined)[];
  private readonly words: (Int32Array | undefined)[];
  /** Comments seen so far that use each word id. */
  private documentFrequency = new Int32Array(1024);
  private read = 0;
  /** Non-system comments up to and including each index. */
  private readonly spoken: Int32Array;
  private readonly opened: Uint8Array;

  constructor(private readonly thread: Thread) {
    const n = thread.comments.length;
    this.times = new Float64Array(n + 1).fill(NaN);
    this.asks = new Int8Array(n + 1).fill(-1);
    this.addressed = new Array(n + 1);
    this.parentAuthors = new Array(n + 1);
    this.words = new Array(n + 1);
    this.spoken = new Int32Array(n + 1);
    this.opened = new Uint8Array(n + 1);
    for (const c of thread.comments) this.spoken[c.index] = this.spoken[c.index - 1]! + (c.system ? 0 : 1);
    for (const c of thread.comments) {
      if (c.time !== undefined && c.timePrecision !== 'day') this.times[c.index] = Date.parse(c.time);
    }
  }

  /** True when the comment at `index` contains a question mark. */
  asksQuestion(index: number): boolean {
    let v = this.asks[index]!;
    if (v < 0) {
      v = ASKS.test(this.thread.comments[index - 1]?.text ?? '') ? 1 : 0;
      this.asks[index] = v;
    }
    return v === 1;
  }

  /** Minutes from comment `a` to comment `b`, NaN when either time is unknown. */
  minutesBetween(a: number, b: number): number {
    return (this.times[b]! - this.times[a]!) / 60000;
  }

  /** Participants the comment at `index` named or quoted (after it was scored). */
  addressedBy(index: number): readonly string[] {
    return this.addressed[index] ?? [];
  }

  /** Comment index at which the two people last named or quoted each other, or 0. */
  lastTalk(a: string, b: string): number {
    return this.lastExchange.get(pairKey(a, b)) ?? 0;
  }

  /** Comments (system lines not counted) from comment `a` to comment `b`. */
  spokenGap(a: number, b: number): number {
    return this.spoken[b]! - this.spoken[a]!;
  }

  /** True when the comment at `index` was scored to answer nobody. */
  openedConversation(index: number): boolean {
    return this.opened[index] === 1;
  }

  /** Records that the comment at `index` was scored to answer nobody. */
  rememberOpened(index: number): void {
    this.opened[index] = 1;
  }

  /** Author of the comment the comment at `index` was scored to answer, if any. */
  parentAuthor(index: number): string | undefined {
    return this.parentAuthors[index];
  }

  /** Records whose comment the comment at `index` was scored to answer. */
  rememberParent(index: number, author: string): void {
    this.parentAuthors[index] = author;
  }

  /** Records the words of the comment at `index` (call once per comment, in thread order). */
  rememberWords(index: number, tokens: TokenList): void {
    const ids: number[] = [];
    for (let t = 0; t < tokens.count; t++) if (tokens.end[t]! - tokens.start[t]! >= MIN_WORD_LENGTH) ids.push(tokens.id[t]!);
    const distinct = Int32Array.from(new Set(ids)).sort();
    let df = this.documentFrequency;
    const top = distinct.length > 0 ? distinct[distinct.length - 1]! : -1;
    if (top >= df.length) {
      const grown = new Int32Array(Math.max(top + 1, df.length * 2));
      grown.set(df);
      this.documentFrequency = df = grown;
    }
    for (const id of distinct) df[id]!++;
    this.words[index] = distinct;
    this.read++;
  }

  /** How many rare words the two comments share (both must have been remembered). */
  sharedRareWords(a: number, b: number): number {
    const x = this.words[a], y = this.words[b];
    if (!x || !y) return 0;
    const limit = Math.max(RARE_FLOOR, RARE_SHARE * this.read);
    const df = this.documentFrequency;
    let shared = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      if (x[i]! < y[j]!) i++;
      else if (x[i]! > y[j]!) j++;
      else { if (df[x[i]!]! <= limit) shared++; i++; j++; }
    }
    return shared;
  }

  /** Records whom the comment at `index` by `author` named or quoted. */
  remember(index: number, author: string, targets: readonly string[]): void {
    if (targets.length === 0) return;
    this.addressed[index] = targets;
    for (const t of targets) if (t !== author) this.lastExchange.set(pairKey(author, t), index);
  }
}
