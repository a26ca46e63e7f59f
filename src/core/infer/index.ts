/**
 * Reply inference: runs every signal over the thread in order, then the reply scorer weighs
 * each comment's candidate parents (the comments its cues point at and the comments just
 * before it) and decides its parent link and replies. Explicit parent ids, where the source
 * has them, are taken as they are. Collects ambiguous and unresolved names for the report.
 */
import type { CommentLink, NameIssue, Reply, Signal, Thread } from '../types';
import { createContext } from './context';
import { analyseNames } from './comment-names';
import { findSalutations } from './salutation';
import { findMentions } from './mention';
import { QuoteSignal } from './quote';
import { findReferences } from './reference';
import { findExplicit } from './explicit';
import { combineEvidence, type TargetedEvidence } from './combine';
import { ThreadMemory } from './rank/memory';
import { CandidateBuilder, cueTargets, type CandidateSet } from './rank/candidates';
import { softmaxInPlace, weightVector, type ScorerModel } from './rank/model';
import { modelFor } from './rank/models';
import { cueStrengths, decide } from './rank/decide';
import { keepSignals } from './signal-filter';
import { defaultSignals } from './default-signals';

export { DEFAULT_SIGNALS, defaultSignals } from './default-signals';

export interface InferOptions {
  /**
   * Signals whose replies are kept (every signal always informs the scorer). `adjacency` keeps
   * replies the scorer found by position and time alone, with no cue in the words. Default:
   * all but adjacency, and adjacency too for chat logs.
   */
  signals?: readonly Signal[];
  /** The scorer to use instead of the fitted one for this kind of thread (fitting and evaluation use this). */
  model?: ScorerModel;
  /**
   * Called with every scored comment's candidate set and the combined strength of the cues
   * naming or quoting each person (the fitting command reads them).
   */
  onCandidates?: (comment: Thread['comments'][number], set: CandidateSet, cues: ReadonlyMap<string, number>) => void;
  /** Called every PROGRESS_EVERY comments (and at the end) with comments done and total. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 2000;

export interface InferResult {
  replies: Reply[];
  /** Each comment's most probable parent comment, where it has one. */
  links: CommentLink[];
  ambiguousNames: NameIssue[];
  unresolvedNames: NameIssue[];
}

const NONE: TargetedEvidence[] = [];

/** The pieces of evidence in one array, without copying when at most one list has any (most comments). */
function gather(...lists: TargetedEvidence[][]): TargetedEvidence[] {
  let only: TargetedEvidence[] | undefined;
  for (const list of lists) {
    if (list.length === 0) continue;
    if (only) return lists.flat();
    only = list;
  }
  return only ?? NONE;
}

export function inferReplies(thread: Thread, opts: InferOptions = {}): InferResult {
  const on = new Set(opts.signals ?? defaultSignals(thread.format));
  const ctx = createContext(thread);
  const quotes = new QuoteSignal(ctx);
  const memory = new ThreadMemory(thread);
  const model = opts.model ?? modelFor(thread);
  const candidates = new CandidateBuilder(ctx, memory, weightVector(model), model.window);
  const replies: Reply[] = [];
  const links: CommentLink[] = [];
  const ambiguousNames: NameIssue[] = [];
  const unresolvedNames: NameIssue[] = [];

  const total = thread.comments.length;
  for (const comment of thread.comments) {
    if (opts.onProgress && comment.index % PROGRESS_EVERY === 0) opts.onProgress(comment.index, total);
    if (comment.system || !comment.authorId) continue;
    const names = analyseNames(ctx, comment);
    // Every signal runs: the scorer judges each comment from all its evidence, and the enabled
    // signals then choose which replies are shown (see signal-filter.ts).
    const explicit = findExplicit(ctx, comment);
    const salutations = findSalutations(ctx, comment, names);
    const evidence = gather(
      salutations.evidence, findMentions(comment, names, salutations.evidence),
      quotes.process(comment, names), findReferences(ctx, comment, names.tokens),
    );
    memory.rememberWords(comment.index, names.tokens);
    let decided: Reply[];
    let parentAuthor: number | undefined;
    if (explicit.length > 0) {
      decided = combineEvidence(ctx, comment, [...explicit, ...evidence]);
      const parent = ctx.byId.get(explicit[0]!.targetCommentId ?? '');
      if (parent) {
        links.push({ commentId: comment.id, parentId: parent.id, confidence: explicit[0]!.confidence });
        parentAuthor = memory.authorOf[parent.index]!;
      }
    } else {
      const set = candidates.build(comment, evidence, names.tokens);
      opts.onCandidates?.(comment, { targets: [...set.targets], x: set.x.slice() }, cueStrengths(comment, evidence));
      const decision = decide(ctx, memory, model, comment, set, softmaxInPlace(set.scores), evidence);
      decided = decision.replies;
      parentAuthor = -1;
      if (decision.link) {
        links.push(decision.link);
        parentAuthor = memory.authorOf[ctx.byId.get(decision.link.parentId)!.index]!;
      }
    }
    for (const r of decided) {
      const kept = keepSignals(r, on);
      if (kept) replies.push(kept);
    }
    memory.remember(comment.index, parentAuthor, cueTargets(comment, evidence));
    ambiguousNames.push(...names.ambiguous);
    unresolvedNames.push(...salutations.unresolved);
  }
  opts.onProgress?.(total, total);
  return { replies, links, ambiguousNames, unresolvedNames };
}
