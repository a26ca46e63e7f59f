/**
 * The scan of each comment that inference starts from: its tokens (word ids from the thread's
 * lexicon), its quoted spans and what the quote finder found in it. The scan needs no names
 * beyond the lexicon's ids and no judgement, so it can run ahead in another thread. A scanner
 * either does the work inline (InlineScanner) or hands over results made elsewhere
 * (scan-batches.ts). Both give the same word ids and findings, so the result of inference does
 * not depend on which ran. The words the scorer compares are not part of the scan: the analyser
 * collects them from the tokens. On long threads the helper thread was the busier of the two,
 * so work that needs neither the text nor the quote index stays with inference.
 */
import type { Comment, Thread } from '../types';
import type { TokenList } from '../names/lexicon';
import type { InferContext } from './context';
import { commentQuotes, type QuoteSpan } from './masks';
import { QuoteFinder, type QuoteFindings } from './quote-finder';
import { authorPositions } from './author-positions';

export interface ScannedComment {
  /** Valid until the next comment is scanned. */
  tokens: TokenList;
  /** The comment's quoted spans, when the scanner found them (else they are found again from the text). */
  quotes?: QuoteSpan[];
  found: QuoteFindings;
}

/** Scans the analysed comments (see analysedComments) one after another, in thread order. */
export interface CommentScanner {
  scan(comment: Comment): ScannedComment;
  /** Releases whatever the scanner holds (a helper thread); called once inference is over. */
  close?(): void;
}

/** Makes the scanner for one inference run, once the context (and its lexicon of names) exists. */
export type ScannerFactory = (ctx: InferContext, comments: readonly Comment[]) => CommentScanner;

/** Whether inference analyses a comment: spoken ones with an author (not system lines). */
export function isAnalysed(c: Comment): boolean {
  return !c.system && !!c.authorId;
}

/** The comments inference analyses, in thread order. */
export function analysedComments(comments: readonly Comment[]): Comment[] {
  return comments.filter(isAnalysed);
}

/**
 * Each comment's author as a number (the participant's position, -1 for none), the same for all
 * of one person's comments (see author-positions.ts).
 */
export function authorNumbers(thread: Thread, comments: readonly Comment[]): Int32Array {
  const positions = authorPositions(thread);
  const out = new Int32Array(comments.length);
  for (let k = 0; k < comments.length; k++) {
    const index = comments[k]!.index;
    out[k] = index >= 0 && index < positions.length ? positions[index]! : -1;
  }
  return out;
}

/** About how many tokens the thread holds (one per six characters), to size the quote index once. */
export function expectedTokens(thread: Thread): number {
  let chars = 0;
  const comments = thread.comments;
  for (let i = 0; i < comments.length; i++) chars += comments[i]!.text.length;
  return Math.ceil(chars / 6);
}

export class InlineScanner implements CommentScanner {
  private readonly finder: QuoteFinder;
  private readonly authors: Int32Array;
  private next = 0;

  constructor(private readonly ctx: InferContext, comments: readonly Comment[]) {
    this.finder = new QuoteFinder(expectedTokens(ctx.thread));
    this.authors = authorNumbers(ctx.thread, comments);
  }

  scan(comment: Comment): ScannedComment {
    const tokens = this.ctx.lexicon.tokenize(comment.text);
    const quotes = commentQuotes(comment.text, tokens);
    const found = this.finder.find(comment.text, tokens, quotes, this.authors[this.next++]!);
    return { tokens, quotes, found };
  }
}

export const inlineScanner: ScannerFactory = (ctx, comments) => new InlineScanner(ctx, comments);
