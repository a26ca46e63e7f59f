/**
 * What the reply scorer remembers while it walks a thread in order: each comment's author
 * (as a small number: the participant's position), time and whether it asks a question; each person's latest comment so
 * far; whom each comment named or quoted and whose comment it was scored to answer; its rarer
 * words (word-memory.ts); and when two people last named or quoted each other. Everything is looked up by
 * 1-based comment index, in typed arrays and number-keyed maps, because the scorer asks these
 * questions for every candidate of every comment.
 */
import type { Thread } from '../../types';
import { WordMemory } from './word-memory';
import { PairTable } from './pair-table';
import { isoMillis } from '../../parse/dates';
import { authorPositions } from '../author-positions';


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
  /** For each pair of author numbers, the comment index at which they last named or quoted each other. */
  private readonly lastExchange = new PairTable();
  /** Author number of the comment each comment was scored to answer, or -1. */
  private readonly parentAuthors: Int32Array;
  private scratchBuffer = new Float64Array(1024);
  /** Non-system comments up to and including each index. */
  private readonly spoken: Int32Array;
  private readonly opened: Uint8Array;
  /** 1 for system lines (joins, quits), which are never candidates. */
  private readonly system: Uint8Array;
  /** Topic number of each comment (-1: none); comments of other topics are no candidates by position. */
  private readonly topicOf: Int32Array;
  /**
   * For each author number, the latest comment at which they named or quoted someone or were
   * named or quoted (0: never): no pair of them has a later exchange (see talkedSince).
   */
  private lastInvolved = new Int32Array(0);

  constructor(private readonly thread: Thread) {
    const n = thread.comments.length;
    this.times = new Float64Array(n + 1).fill(NaN);
    this.authorOf = new Int32Array(n + 1).fill(-1);
    this.asks = new Int8Array(n + 1).fill(-1);
    // Filled with undefined now, so that the array holds any value from the start: the first
    // list stored into an array of holes would change its kind, and throw away the optimised
    // code that reads it.
    this.addressees = new Array<readonly number[] | undefined>(n + 1).fill(undefined);
    this.parentAuthors = new Int32Array(n + 1).fill(-1);
    this.words = new WordMemory(n);
    this.spoken = new Int32Array(n + 1);
    this.opened = new Uint8Array(n + 1);
    this.system = new Uint8Array(n + 1);
    this.topicOf = new Int32Array(n + 1).fill(-1);
    const topics = new Map<string, number>();
    const comments = thread.comments;
    // Participants are numbered by their position, and each comment's author found by its index
    // (see author-positions.ts); any other author id gets the next number on first sight.
    const participants = thread.participants;
    for (let i = 0; i < participants.length; i++) this.numberOf.set(participants[i]!.id, i);
    const positions = authorPositions(thread);
    for (let i = 0; i < comments.length; i++) {
      const c = comments[i]!;
      this.spoken[c.index] = this.spoken[c.index - 1]! + (c.system ? 0 : 1);
      if (c.system) this.system[c.index] = 1;
      if (c.topic !== undefined) {
        let t = topics.get(c.topic);
        if (t === undefined) topics.set(c.topic, (t = topics.size));
        this.topicOf[c.index] = t;
      }
      const at = positions[c.index]!;
      this.authorOf[c.index] = at >= 0 ? at : this.number(c.authorId);
      if (c.time !== undefined && c.timePrecision !== 'day') this.times[c.index] = isoMillis(c.time);
    }
    this.latestBy = new Int32Array(this.numberOf.size);
    this.lastInvolved = new Int32Array(this.numberOf.size);
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

  /** Records whether the comment at `index` contains a question mark, when the caller already knows. */
  noteQuestion(index: number, asks: boolean): void {
    this.asks[index] = asks ? 1 : 0;
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

  /** Comments (system lines not counted) from comment `a` to comment `b`. */
  spokenGap(a: number, b: number): number {
    return this.spoken[b]! - this.spoken[a]!;
  }

  /** True when the comment at `index` named or quoted the author numbered `author`. */
  addressed(index: number, author: number): boolean {
    const list = this.addressees[index];
    return list !== undefined && list.includes(author);
  }

  /**
   * True when the author has named or quoted someone, or been named or quoted, at comment `index`
   * or later: otherwise lastTalk gives less than `index` for every pair with them.
   */
  talkedSince(author: number, index: number): boolean {
    const last = this.lastInvolved[author]!;
    return last > 0 && last >= index;
  }

  /** Comment index at which the two authors last named or quoted each other, or 0. */
  lastTalk(a: number, b: number): number {
    return this.lastExchange.get(a, b);
  }

  /** True when the comment at `index` was scored to answer nobody. */
  openedConversation(index: number): boolean {
    return this.opened[index] === 1;
  }

  /** Author number of the comment the comment at `index` was scored to answer, or -1. */
  parentAuthor(index: number): number {
    return this.parentAuthors[index]!;
  }

  /** Rare words shared between comments (see word-memory.ts). */
  readonly words: WordMemory;

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
      // Made by pushing, so that every list has the same shape (see the constructor).
      const numbers: number[] = [];
      for (let k = 0; k < targets.length; k++) numbers.push(this.number(targets[k]!));
      this.addressees[index] = numbers;
      for (let k = 0; k < numbers.length; k++) {
        const t = numbers[k]!;
        if (t === author) continue;
        this.lastExchange.set(author, t, index);
        this.lastInvolved[author] = index;
        if (t < this.lastInvolved.length) this.lastInvolved[t] = index;
      }
    }
    this.latestBy[author] = index;
  }
}
