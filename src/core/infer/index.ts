/**
 * Reply inference: each comment in thread order is analysed (analyse.ts: every signal's
 * evidence) and then judged by the reply scorer (rank/scorer.ts: its parent link and replies,
 * from the candidate parents its cues point at and the comments just before it). Explicit
 * parent ids, where the source has them, are taken as they are. Collects ambiguous and
 * unresolved names for the report.
 */
import type { CommentLink, NameIssue, Reply, Signal, Thread } from '../types';
import { createContext, type InferContext } from './context';
import { CommentAnalyser } from './analyse';
import { analysedComments, inlineScanner, isAnalysed, type CommentScanner, type ScannerFactory } from './scan';
import { ReplyScorer, type CandidateListener } from './rank/scorer';
import type { ScorerModel } from './rank/model';
import { modelFor } from './rank/models';
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
  onCandidates?: CandidateListener;
  /**
   * Makes the scanner that tokenises comments and finds quoted runs (default: inline, in this
   * thread). The command line hands in one that runs in a helper thread for long threads.
   */
  scanner?: ScannerFactory;
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

export function inferReplies(thread: Thread, opts: InferOptions = {}): InferResult {
  const ctx = createContext(thread);
  const scanner = (opts.scanner ?? inlineScanner)(ctx, analysedComments(thread.comments));
  try {
    return inferWith(ctx, scanner, thread, opts);
  } finally {
    scanner.close?.();
  }
}

function inferWith(ctx: InferContext, scanner: CommentScanner, thread: Thread, opts: InferOptions): InferResult {
  const analyser = new CommentAnalyser(ctx, scanner);
  const scorer = new ReplyScorer(
    ctx, thread, opts.model ?? modelFor(thread), new Set(opts.signals ?? defaultSignals(thread.format)), opts.onCandidates,
  );
  const ambiguousNames: NameIssue[] = [];
  const unresolvedNames: NameIssue[] = [];
  const total = thread.comments.length;
  for (const comment of thread.comments) {
    if (opts.onProgress && comment.index % PROGRESS_EVERY === 0) opts.onProgress(comment.index, total);
    if (!isAnalysed(comment)) continue;
    // Every signal runs: the scorer judges each comment from all its evidence, and the enabled
    // signals then choose which replies are shown (see signal-filter.ts).
    const analysis = analyser.analyse(comment);
    scorer.score(comment, analysis);
    // Most comments have neither: no spread call (and its iteration) for an empty list.
    for (let k = 0; k < analysis.ambiguous.length; k++) ambiguousNames.push(analysis.ambiguous[k]!);
    for (let k = 0; k < analysis.unresolved.length; k++) unresolvedNames.push(analysis.unresolved[k]!);
  }
  opts.onProgress?.(total, total);
  return { replies: scorer.replies, links: scorer.links, ambiguousNames, unresolvedNames };
}
