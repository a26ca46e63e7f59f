/**
 * Builds one comment's candidate set for the reply scorer: "none" first, then the earlier
 * comments within the model's window and every earlier comment a cue points at (a quoted or
 * referenced comment, the latest comment of a person named), each with its feature row.
 */
import type { Comment, Signal } from '../../types';
import type { InferContext } from '../context';
import type { TargetedEvidence } from '../combine';
import type { ThreadMemory } from './memory';
import type { TokenList } from '../../names/lexicon';
import { FEATURE_COUNT, FEATURE_INDEX as F, gapFeature } from './features';

export interface CandidateSet {
  /** Candidate comment indexes; 0 (always first) is "none". */
  targets: number[];
  /**
   * Feature rows, FEATURE_COUNT numbers per candidate, in `targets` order. The rows live in a
   * buffer reused for the next comment: copy them to keep them.
   */
  x: Float64Array;
}

/** Opening words of a comment that calls on anyone rather than answering someone. */
const OPENS_CALL = /^\s*(?:(?:hi|hello|hey|hiya|howdy|greetings|morning|evening|good\s+(?:morning|afternoon|evening|day))\b|(?:does|can|could|has|is)\s+(?:any|some)\s*(?:one|body)\b|any\s*(?:one|body)\b|(?:quick\s+)?question\b)/i;

const CUE_SIGNALS: ReadonlySet<Signal> = new Set(['salutation', 'mention', 'quote', 'reference']);

/** Strongest cue of each kind: per named author number, and per pointed-at comment index. */
interface Cues {
  salutation: Map<number, number>;
  mention: Map<number, number>;
  quote: Map<number, number>;
  reference: Map<number, number>;
  named: Set<number>;
  any: boolean;
}

const NO_CUES: Cues = { salutation: new Map(), mention: new Map(), quote: new Map(), reference: new Map(), named: new Set(), any: false };

function raise(map: Map<number, number>, key: number, value: number): void {
  if ((map.get(key) ?? 0) < value) map.set(key, value);
}

function readCues(ctx: InferContext, memory: ThreadMemory, comment: Comment, evidence: readonly TargetedEvidence[]): Cues {
  if (evidence.length === 0) return NO_CUES;
  const cues: Cues = { salutation: new Map(), mention: new Map(), quote: new Map(), reference: new Map(), named: new Set(), any: false };
  for (const e of evidence) {
    if (!CUE_SIGNALS.has(e.signal) || e.target === comment.authorId) continue;
    cues.any = true;
    const person = memory.number(e.target);
    if (e.signal === 'salutation' || e.signal === 'mention') {
      raise(cues[e.signal], person, e.confidence);
      cues.named.add(person);
      continue;
    }
    const pointed = e.targetCommentId !== undefined ? ctx.byId.get(e.targetCommentId)?.index : memory.latest(person);
    if (pointed !== undefined && pointed > 0 && pointed < comment.index) raise(cues[e.signal as 'quote' | 'reference'], pointed, e.confidence);
  }
  return cues;
}

/** Every participant the comment's cues point at, for the scorer's memory. */
const NO_TARGETS: string[] = [];

export function cueTargets(comment: Comment, evidence: readonly TargetedEvidence[]): string[] {
  if (evidence.length === 0) return NO_TARGETS;
  const out = new Set<string>();
  for (const e of evidence) if (CUE_SIGNALS.has(e.signal) && e.target !== comment.authorId) out.add(e.target);
  return [...out];
}

export function buildCandidates(
  ctx: InferContext, memory: ThreadMemory, comment: Comment, evidence: readonly TargetedEvidence[], window: number, tokens: TokenList,
): CandidateSet {
  const i = comment.index;
  const author = memory.authorOf[i]!;
  const cues = readCues(ctx, memory, comment, evidence);
  const targets: number[] = [0];
  for (let j = i - 1; j >= 1 && j >= i - window; j--) if (!ctx.byIndex(j)!.system) targets.push(j);
  const extra = (j: number) => {
    if (j <= 0 || j >= i - window || ctx.byIndex(j)!.system || targets.includes(j)) return;
    targets.push(j);
  };
  for (const p of cues.named) extra(memory.latest(p));
  for (const j of cues.quote.keys()) extra(j);
  for (const j of cues.reference.keys()) extra(j);

  const ownLatest = memory.latest(author);
  const asks = memory.asksQuestion(i);
  const x = memory.scratch(targets.length * FEATURE_COUNT);

  // "none"
  x[F.noneBias] = 1;
  x[F.noneHasCue] = cues.any ? 1 : 0;
  x[F.noneAsks] = asks ? 1 : 0;
  x[F.noneOpensCall] = OPENS_CALL.test(comment.text) ? 1 : 0;
  x[F.noneFirstComment] = ownLatest === 0 ? 1 : 0;
  const silence = ownLatest > 0 ? memory.minutesBetween(ownLatest, i) : NaN;
  x[F.noneLogSilence] = Number.isFinite(silence) ? Math.log1p(Math.max(0, silence)) : 0;
  x[F.noneLogWords] = Math.log1p(tokens.count);
  const ownParent = ownLatest > 0 ? memory.parentAuthor(ownLatest) : -1;
  const talks = memory.hasTalked(author);

  for (let k = 1; k < targets.length; k++) {
    const j = targets[k]!;
    const row = k * FEATURE_COUNT;
    const other = memory.authorOf[j]!;
    const isLatest = memory.latest(other) === j;
    const named = cues.named.has(other);
    if (isLatest) {
      x[row + F.salutation] = cues.salutation.get(other) ?? 0;
      x[row + F.mention] = cues.mention.get(other) ?? 0;
    } else if (named) x[row + F.namedOlder] = 1;
    if (cues.quote.size > 0) x[row + F.quote] = cues.quote.get(j) ?? 0;
    if (cues.reference.size > 0) x[row + F.reference] = cues.reference.get(j) ?? 0;
    if (cues.named.size > 0 && !named) x[row + F.namesSomeoneElse] = 1;
    if (other === author) x[row + F.sameAuthor] = 1;
    if (j === ownLatest) x[row + F.ownLatest] = 1;
    if (isLatest) x[row + F.authorsLatest] = 1;
    x[row + gapFeature(Math.max(1, memory.spokenGap(j, i)))] = 1;
    const minutes = memory.minutesBetween(j, i);
    if (minutes === minutes) x[row + F.logMinutes] = Math.log1p(Math.max(0, minutes)); // not NaN
    else x[row + F.timeUnknown] = 1;
    if (other !== author) {
      if (memory.addressed(j, author)) x[row + F.candidateAddressedAuthor] = 1;
      if (talks) {
        const talked = memory.lastTalk(author, other);
        if (talked > 0 && talked >= i - window) x[row + F.talkedBefore] = 1;
      }
      if (memory.parentAuthor(j) === author) x[row + F.candidateAnsweredAuthor] = 1;
      if (ownParent === other) x[row + F.continuesExchange] = 1;
    }
    if (memory.asksQuestion(j)) {
      x[row + F.candidateAsks] = 1;
      if (!asks) x[row + F.questionAnswer] = 1;
    }
    if (ownLatest > j) x[row + F.authorSpokeSince] = 1;
    if (memory.openedConversation(j)) x[row + F.candidateOpened] = 1;
    const shared = memory.sharedRareWords(j);
    if (shared > 0) x[row + F.sharedRareWords] = Math.log1p(shared);
  }
  return { targets, x };
}
