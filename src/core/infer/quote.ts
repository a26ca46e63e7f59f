/**
 * Quote signal: words copied from an earlier comment. The quote finder (quote-finder.ts) finds
 * the runs: quotations of three or more words found in earlier comments, and long runs copied
 * without marks, which count more weakly. The reply goes to the words' original author: words
 * the text attributes to someone else do not count. Attribution lines ("On ..., NAME wrote:",
 * "NAME said:") are quote evidence by themselves. Words quoted inside a quotation ("> > ") were
 * answered by the message being answered, not by this one, so they are weak evidence.
 */
import type { Comment, Evidence } from '../types';
import type { TokenList } from '../names/lexicon';
import type { InferContext } from './context';
import type { Run } from './quote-index';
import type { QuoteFindings } from './quote-finder';
import { attributionBefore, attributionLines, lookupName } from './attribution';
import { WEIGHTS } from './weights';

type TargetedEvidence = Evidence & { target: string };

const NONE: TargetedEvidence[] = [];

export class QuoteSignal {
  /** The analysed comments in thread order: the finder's run `doc` numbers index this. */
  private docs: Comment[] = [];

  constructor(private readonly ctx: InferContext) {}

  /** Evidence for one comment from what the finder found in it; comments must be given in thread order. */
  process(comment: Comment, tokens: TokenList, found: QuoteFindings): TargetedEvidence[] {
    let out = NONE;
    for (const run of found.marked) {
      const source = this.docs[run.doc]!;
      const attributed = attributionBefore(comment.text, run.textStart, this.ctx.aliases);
      if (attributed && (attributed.kind === 'outsider' || attributed.participantId !== source.authorId)) continue;
      const words = run.queryEnd - run.queryStart;
      const confidence = run.depth > 1 ? WEIGHTS.quoteNested : words >= 6 ? WEIGHTS.quoteMarked : WEIGHTS.quoteMarked - 0.1;
      if (out === NONE) out = [];
      out.push(this.evidence(comment, tokens, run, confidence));
    }
    for (const run of found.copied) {
      if (out === NONE) out = [];
      out.push(this.evidence(comment, tokens, run, WEIGHTS.quoteCopied));
    }
    for (const line of attributionLines(comment.text)) {
      const target = lookupName(line.name, this.ctx.aliases);
      if (!target || target === comment.authorId) continue;
      const quotedDoc = out.find((e) => e.target === target)?.targetCommentId;
      const latest = this.ctx.lastSpoke(target, comment.index);
      const targetCommentId = quotedDoc ?? (latest !== undefined ? this.ctx.byIndex(latest)?.id : undefined);
      if (out === NONE) out = [];
      out.push({
        signal: 'quote', confidence: WEIGHTS.quoteAttribution, target,
        text: comment.text.slice(line.start, line.end), start: line.start, end: line.end,
        ...(targetCommentId ? { targetCommentId } : {}),
      });
    }
    this.docs.push(comment);
    return out;
  }

  private evidence(comment: Comment, tokens: TokenList, run: Run, confidence: number): TargetedEvidence {
    const source = this.docs[run.doc]!;
    const start = tokens.start[run.queryStart]!;
    const end = tokens.end[run.queryEnd - 1]!;
    return {
      signal: 'quote', confidence, target: source.authorId, targetCommentId: source.id,
      text: comment.text.slice(start, end), start, end,
    };
  }
}
