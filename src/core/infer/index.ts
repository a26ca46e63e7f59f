/**
 * Reply inference: runs every signal over the thread in order and combines their evidence
 * into scored replies, collecting ambiguous and unresolved names for the report.
 */
import type { NameIssue, Reply, Signal, Thread } from '../types';
import { createContext } from './context';
import { analyseNames } from './comment-names';
import { findSalutations } from './salutation';
import { findMentions } from './mention';
import { QuoteSignal } from './quote';
import { findReferences } from './reference';
import { findExplicit } from './explicit';
import { findAdjacent } from './adjacency';
import { combineEvidence, type TargetedEvidence } from './combine';

export interface InferOptions {
  /** Signals to run; adjacency is off unless listed. Default: all but adjacency. */
  signals?: readonly Signal[];
  /** Called every PROGRESS_EVERY comments (and at the end) with comments done and total. */
  onProgress?: (done: number, total: number) => void;
}

const PROGRESS_EVERY = 2000;

export interface InferResult {
  replies: Reply[];
  ambiguousNames: NameIssue[];
  unresolvedNames: NameIssue[];
}

export const DEFAULT_SIGNALS: readonly Signal[] = ['explicit', 'salutation', 'mention', 'quote', 'reference'];

export function inferReplies(thread: Thread, opts: InferOptions = {}): InferResult {
  const on = new Set(opts.signals ?? DEFAULT_SIGNALS);
  const ctx = createContext(thread);
  const quotes = new QuoteSignal(ctx);
  const replies: Reply[] = [];
  const ambiguousNames: NameIssue[] = [];
  const unresolvedNames: NameIssue[] = [];

  const total = thread.comments.length;
  for (const comment of thread.comments) {
    if (opts.onProgress && comment.index % PROGRESS_EVERY === 0) opts.onProgress(comment.index, total);
    if (comment.system || !comment.authorId) continue;
    const names = analyseNames(ctx, comment);
    const evidence: TargetedEvidence[] = [];
    if (on.has('explicit')) evidence.push(...findExplicit(ctx, comment));
    const salutations = findSalutations(ctx, comment, names);
    if (on.has('salutation')) evidence.push(...salutations.evidence);
    if (on.has('mention')) evidence.push(...findMentions(comment, names, salutations.evidence));
    const quoted = quotes.process(comment, names);
    if (on.has('quote')) evidence.push(...quoted);
    if (on.has('reference')) evidence.push(...findReferences(ctx, comment, names.tokens));
    if (on.has('adjacency')) evidence.push(...findAdjacent(ctx, comment));
    replies.push(...combineEvidence(ctx, comment, evidence));
    ambiguousNames.push(...names.ambiguous);
    unresolvedNames.push(...salutations.unresolved);
  }
  opts.onProgress?.(total, total);
  return { replies, ambiguousNames, unresolvedNames };
}
