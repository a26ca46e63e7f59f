/**
 * The first half of reply inference: what the signals find in one comment, before any
 * judgement. The comment's scan (scan.ts: tokens and quote findings) comes from the scanner;
 * names are found and resolved, then every signal runs (explicit parent, salutation, mention,
 * quote, reference) and its evidence is gathered. Comments must be analysed in thread order
 * (the quote index grows with them). The reply scorer (rank/scorer.ts) is the second half.
 */
import type { Comment, NameIssue } from '../types';
import type { TokenList } from '../names/lexicon';
import type { InferContext } from './context';
import type { TargetedEvidence } from './combine';
import { analyseNames } from './comment-names';
import type { CommentScanner } from './scan';
import { findExplicit } from './explicit';
import { findSalutations } from './salutation';
import { findMentions } from './mention';
import { QuoteSignal } from './quote';
import { findReferences } from './reference';

export interface CommentAnalysis {
  /** The parent the source names, if it is in the thread (at most one). */
  explicit: TargetedEvidence[];
  /** Cue evidence: salutations, mentions, quotes and references, in that order. */
  evidence: TargetedEvidence[];
  /** The comment's tokens: valid until the next comment is analysed. */
  tokens: TokenList;
  /** Names that could mean several people, with the one chosen. */
  ambiguous: NameIssue[];
  /** Capitalised words in salutation position that match nobody. */
  unresolved: NameIssue[];
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

export class CommentAnalyser {
  private readonly quotes: QuoteSignal;

  constructor(private readonly ctx: InferContext, private readonly scanner: CommentScanner) {
    this.quotes = new QuoteSignal(ctx);
  }

  /** Every signal's evidence for the next comment in thread order (not a system line). */
  analyse(comment: Comment): CommentAnalysis {
    const ctx = this.ctx;
    const scanned = this.scanner.scan(comment);
    const names = analyseNames(ctx, comment, scanned.tokens, scanned.quotes);
    const salutations = findSalutations(ctx, comment, names);
    const evidence = gather(
      salutations.evidence, findMentions(comment, names, salutations.evidence),
      this.quotes.process(comment, names.tokens, scanned.found), findReferences(ctx, comment, names.tokens),
    );
    return {
      explicit: findExplicit(ctx, comment), evidence, tokens: names.tokens,
      ambiguous: names.ambiguous, unresolved: salutations.unresolved,
    };
  }
}
