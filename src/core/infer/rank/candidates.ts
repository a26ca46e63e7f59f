/**
 * Builds one comment's candidate set for the reply scorer: "none" first, then the earlier
 * comments within the model's window (of the same topic, where a file holds several) and every
 * earlier comment a cue points at (a quoted or referenced comment, the latest comment of a
 * person named), each with its feature row and its score. Rows are written in feature order,
 * so a score sums the same terms in the same order as a dense dot product of the row with the
 * weights.
 */
import type { Comment, Signal } from '../../types';
import type { InferContext } from '../context';
import type { TargetedEvidence } from '../combine';
import type { ThreadMemory } from './memory';
import { FEATURE_COUNT, FEATURE_INDEX as F, gapFeature } from './features';
import { LogTable } from './log-table';

export interface CandidateSet {
  /** Candidate comment indexes; 0 (always first) is "none". */
  targets: number[];
  /**
   * Feature rows, FEATURE_COUNT numbers per candidate, in `targets` order (empty when the
   * builder keeps no rows). The rows live in a buffer reused for the next comment: copy them
   * to keep them.
   */
  x: Float64Array;
}

/** A candidate set with each candidate's score under the builder's weights (a reused buffer too). */
export interface ScoredCandidates extends CandidateSet {
  scores: Float64Array;
}

/** Opening words of a comment that calls on anyone rather than answering someone. */
const OPENS_CALL = /^\s*(?:(?:hi|hello|hey|hiya|howdy|greetings|morning|evening|good\s+(?:morning|afternoon|evening|day))\b|(?:does|can|could|has|is)\s+(?:any|some)\s*(?:one|body)\b|any\s*(?:one|body)\b|(?:quick\s+)?question\b)/i;

const CUE_SIGNALS: ReadonlySet<Signal> = new Set(['salutation', 'mention', 'quote', 'reference']);

/**
 * The strongest cue per key (a named author number or a pointed-at comment index). A comment
 * has a handful of cues at most, so two short reused arrays beat a map.
 */
class CueTable {
  private keys: number[] = [];
  private values: number[] = [];
  size = 0;

  clear(): void {
    this.size = 0;
  }

  raise(key: number, value: number): void {
    for (let k = 0; k < this.size; k++) {
      if (this.keys[k] !== key) continue;
      if (this.values[k]! < value) this.values[k] = value;
      return;
    }
    this.keys[this.size] = key;
    this.values[this.size++] = value;
  }

  /** The strongest cue for `key`, 0 when none. */
  get(key: number): number {
    for (let k = 0; k < this.size; k++) if (this.keys[k] === key) return this.values[k]!;
    return 0;
  }

  has(key: number): boolean {
    for (let k = 0; k < this.size; k++) if (this.keys[k] === key) return true;
    return false;
  }

  key(k: number): number {
    return this.keys[k]!;
  }
}

/** The rows of a candidate set whose rows are not kept. */
const NO_ROWS = new Float64Array(0);

/** Every participant the comment's cues point at, for the scorer's memory. */
const NO_TARGETS: string[] = [];

export function cueTargets(comment: Comment, evidence: readonly TargetedEvidence[]): string[] {
  if (evidence.length === 0) return NO_TARGETS;
  const out: string[] = [];
  for (const e of evidence) if (CUE_SIGNALS.has(e.signal) && e.target !== comment.authorId && !out.includes(e.target)) out.push(e.target);
  return out;
}

/**
 * Builds candidate sets one comment after another, reusing its buffers, and scores each row
 * as it is written (a row has a few non-zero features of FEATURE_COUNT).
 */
export class CandidateBuilder {
  private readonly salutation = new CueTable();
  private readonly mention = new CueTable();
  private readonly quote = new CueTable();
  private readonly reference = new CueTable();
  /** Author numbers named by a salutation or mention. */
  private readonly named = new CueTable();
  private hasCue = false;
  private readonly targets: number[] = [];
  private scoreBuffer = new Float64Array(64);
  /** Shared rare words of the window's comments: [j - lo]. */
  private shared = new Int32Array(64);
  private x: Float64Array = new Float64Array(0);
  private row = 0;
  private score = 0;
  private readonly logs = new LogTable();
  /** Views of the score buffer by length, so that a set's scores need no new view per comment. */
  private scoreViews: Float64Array[] = [];

  constructor(
    private readonly ctx: InferContext, private readonly memory: ThreadMemory, private readonly weights: Float64Array,
    private readonly window: number,
    /** Whether the feature rows are wanted (by a candidate listener); else only the scores are made. */
    private readonly keepRows = true,
  ) {}

  /** Sets feature `f` of the current row to `v` and adds its weight to the row's score. */
  private put(f: number, v: number): void {
    if (this.keepRows) this.x[this.row + f] = v;
    this.score += this.weights[f]! * v;
  }

  private readCues(comment: Comment, evidence: readonly TargetedEvidence[]): void {
    this.salutation.clear();
    this.mention.clear();
    this.quote.clear();
    this.reference.clear();
    this.named.clear();
    this.hasCue = false;
    const memory = this.memory;
    for (const e of evidence) {
      if (!CUE_SIGNALS.has(e.signal) || e.target === comment.authorId) continue;
      this.hasCue = true;
      const person = memory.number(e.target);
      if (e.signal === 'salutation' || e.signal === 'mention') {
        (e.signal === 'salutation' ? this.salutation : this.mention).raise(person, e.confidence);
        this.named.raise(person, 1);
        continue;
      }
      const pointed = e.targetCommentId !== undefined ? this.ctx.byId.get(e.targetCommentId)?.index : memory.latest(person);
      if (pointed !== undefined && pointed > 0 && pointed < comment.index) (e.signal === 'quote' ? this.quote : this.reference).raise(pointed, e.confidence);
    }
  }

  /**
   * Adds an earlier comment a cue points at as candidate `count`, unless it is already one of the
   * first `count`, a system line or none; returns the new count.
   */
  private addPointed(j: number, count: number): number {
    if (j <= 0 || this.memory.isSystem(j)) return count;
    const targets = this.targets;
    for (let k = 0; k < count; k++) if (targets[k] === j) return count;
    targets[count] = j;
    return count + 1;
  }

  build(comment: Comment, evidence: readonly TargetedEvidence[], wordCount: number): ScoredCandidates {
    const { memory, window } = this;
    const i = comment.index;
    const author = memory.authorOf[i]!;
    this.readCues(comment, evidence);
    // The list is refilled in place, its length set once at the end: it always keeps "none", so
    // it is never emptied (emptying a list drops its storage, and the next push makes it again).
    const targets = this.targets;
    let filled = 0;
    targets[filled++] = 0;
    for (let j = i - 1; j >= 1 && j >= i - window; j--) if (!memory.isSystem(j) && memory.sameTopic(i, j)) targets[filled++] = j;
    for (let k = 0; k < this.named.size; k++) filled = this.addPointed(memory.latest(this.named.key(k)), filled);
    for (let k = 0; k < this.quote.size; k++) filled = this.addPointed(this.quote.key(k), filled);
    for (let k = 0; k < this.reference.size; k++) filled = this.addPointed(this.reference.key(k), filled);
    if (targets.length !== filled) targets.length = filled;

    // Shared rare words of the window's comments in one pass (pointed-at older ones one by one).
    const lo = Math.max(1, i - window);
    if (this.shared.length < i - lo) this.shared = new Int32Array(Math.max(64, 2 * (i - lo)));
    memory.words.sharedSince(lo, this.shared);

    const count = targets.length;
    const x = (this.x = this.keepRows ? memory.scratch(count * FEATURE_COUNT) : NO_ROWS);
    if (this.scoreBuffer.length < count) {
      this.scoreBuffer = new Float64Array(count * 2);
      this.scoreViews = [];
    }
    const scores = this.scoreBuffer;
    const ownLatest = memory.latest(author);
    const asks = memory.asksQuestion(i);

    // "none"
    this.row = 0;
    this.score = 0;
    this.put(F.noneBias, 1);
    if (this.hasCue) this.put(F.noneHasCue, 1);
    if (asks) this.put(F.noneAsks, 1);
    if (OPENS_CALL.test(comment.text)) this.put(F.noneOpensCall, 1);
    if (ownLatest === 0) this.put(F.noneFirstComment, 1);
    const times = memory.times;
    const logs = this.logs;
    const silence = ownLatest > 0 ? logs.logMinutes(times[i]! - times[ownLatest]!) : NaN;
    if (silence === silence) this.put(F.noneLogSilence, silence);
    this.put(F.noneLogWords, logs.log1p(wordCount));
    scores[0] = this.score;
    const ownParent = ownLatest > 0 ? memory.parentAuthor(ownLatest) : -1;
    // Pairs that talked before the window never count: when the author did not, none is looked up.
    const talks = memory.talkedSince(author, i - window);
    const namesAnyone = this.named.size > 0;

    for (let k = 1; k < count; k++) {
      const j = targets[k]!;
      this.row = k * FEATURE_COUNT;
      this.score = 0;
      const other = memory.authorOf[j]!;
      const isLatest = memory.latest(other) === j;
      const named = namesAnyone && this.named.has(other);
      if (isLatest) {
        if (named) {
          const sal = this.salutation.get(other);
          if (sal !== 0) this.put(F.salutation, sal);
          const men = this.mention.get(other);
          if (men !== 0) this.put(F.mention, men);
        }
      } else if (named) this.put(F.namedOlder, 1);
      if (this.quote.size > 0) {
        const q = this.quote.get(j);
        if (q !== 0) this.put(F.quote, q);
      }
      if (this.reference.size > 0) {
        const r = this.reference.get(j);
        if (r !== 0) this.put(F.reference, r);
      }
      if (namesAnyone && !named) this.put(F.namesSomeoneElse, 1);
      if (other === author) this.put(F.sameAuthor, 1);
      if (j === ownLatest) this.put(F.ownLatest, 1);
      if (isLatest) this.put(F.authorsLatest, 1);
      this.put(gapFeature(Math.max(1, memory.spokenGap(j, i))), 1);
      const minutes = logs.logMinutes(times[i]! - times[j]!);
      if (minutes === minutes) this.put(F.logMinutes, minutes); // not NaN
      else this.put(F.timeUnknown, 1);
      if (other !== author) {
        if (memory.addressed(j, author)) this.put(F.candidateAddressedAuthor, 1);
        if (talks) {
          const talked = memory.lastTalk(author, other);
          if (talked > 0 && talked >= i - window) this.put(F.talkedBefore, 1);
        }
      }
      if (memory.asksQuestion(j)) {
        this.put(F.candidateAsks, 1);
        if (!asks) this.put(F.questionAnswer, 1);
      }
      if (ownLatest > j) this.put(F.authorSpokeSince, 1);
      if (other !== author) {
        if (memory.parentAuthor(j) === author) this.put(F.candidateAnsweredAuthor, 1);
        if (ownParent === other) this.put(F.continuesExchange, 1);
      }
      if (memory.openedConversation(j)) this.put(F.candidateOpened, 1);
      const shared = j >= lo ? this.shared[j - lo]! : memory.words.shared(j);
      if (shared > 0) this.put(F.sharedRareWords, logs.log1p(shared));
      scores[k] = this.score;
    }
    return { targets, x, scores: (this.scoreViews[count] ??= scores.subarray(0, count)) };
  }
}
