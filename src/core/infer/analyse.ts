/**
 * The first half of reply inference: what the signals find in one comment, before any
 * judgement. The comment's scan (scan.ts: its tokens and the runs the quote finder found)
 * comes from the scanner; its names are found and resolved, then every signal runs (explicit
 * parent, salutation, mention, quote, reference) and its evidence is gathered, with the tokens
 * the scorer compares. Comments must be analysed in thread order (the quote index grows with
 * them). The reply scorer (rank/scorer.ts) is the second half.
 */
import type { Comment, NameIssue } from '../types';
import type { InferContext } from './context';
import type { TargetedEvidence } from './combine';
import { analyseNames } from './comment-names';
import { findExplicit } from './explicit';
import { findSalutations } from './salutation';
import { findMentions } from './mention';
import { QuoteSignal } from './quote';
import { findReferences } from './reference';
import type { CommentScanner } from './scan';
import type { TokenList } from '../names/lexicon';
import { MARK_QUESTION } from '../names/word-chars';

export interface CommentAnalysis {
  /** The parent the source names, if it is in the thread (at most one). */
  explicit: TargetedEvidence[];
  /** Cue evidence: salutations, mentions, quotes and references, in that order. */
  evidence: TargetedEvidence[];
  /** The comment's tokens, whose words the scorer compares (rank/word-memory.ts): valid until the next comment is analysed. */
  tokens: TokenList;
  /** The comment contains a question mark (seen by the tokenizer, so the scorer need not read the text). */
  asks: boolean;
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
    const { tokens, quotes, found } = this.scanner.scan(comment);
    const names = analyseNames(ctx, comment, tokens, quotes);
    const salutations = findSalutations(ctx, comment, names);
    const evidence = gather(
      salutations.evidence, findMentions(comment, names, salutations.evidence),
      this.quotes.process(comment, tokens, found), findReferences(ctx, comment, tokens),
    );
    return {
      explicit: findExplicit(ctx, comment), evidence, tokens,
      asks: (tokens.marks & MARK_QUESTION) !== 0,
      ambiguous: names.ambiguous, unresolved: salutations.unresolved,
    };
  }
}
