/**
 * Quote signal: words copied from an earlier comment. Quoted spans (quotation marks, "> " lines)
 * of three or more words are looked up in a trigram index of earlier comments; long runs copied
 * without marks count too, more weakly. The reply goes to the words' original author: a source
 * that was itself quoting them does not count, nor do words the text attributes to someone else.
 * Attribution lines ("On ..., NAME wrote:", "NAME said:") are quote evidence by themselves.
 * Words quoted inside a quotation ("> > ") were answered by the message being answered, not by
 * this one, so they are weak evidence.
 */
import type { Comment, Evidence } from '../types';
import type { InferContext } from './context';
import type { CommentNames } from './comment-names';
import { QuoteIndex, type Run } from './quote-index';
import { attributionBefore, attributionLines, lookupName } from './attribution';
import { WEIGHTS } from './weights';

type TargetedEvidence = Evidence & { target: string };

/** Unmarked copies must be this long to count. */
const COPIED_MIN = 12;
/** Every COPIED_STEP-th trigram is looked up when scanning for unmarked copies (≤ COPIED_MIN - 2 misses none). */
const COPIED_STEP = 6;
/** A marked quotation must share at least this many consecutive words with its source. */
const MARKED_MIN = 3;

/** A quotation's token range; depth 2 and more is a quotation inside a quotation ("> > "). */
interface QuoteBlock {
  from: number;
  to: number;
  textStart: number;
  depth: number;
}

interface DocInfo {
  comment: Comment;
  /** Per token: 1 when it lies inside that comment's own quotation (absent: quotes nothing). */
  quoted: Uint8Array | undefined;
}

export class QuoteSignal {
  private index: QuoteIndex;
  private docs: DocInfo[] = [];
  /** Participant id → small number, for the index's author filter. */
  private authorNumber = new Map<string, number>();

  constructor(private readonly ctx: InferContext) {
    // About one word per six characters of text.
    let chars = 0;
    for (const c of ctx.thread.comments) chars += c.text.length;
    this.index = new QuoteIndex(Math.ceil(chars / 6));
  }

  /** Evidence for one comment; comments must be given in thread order. */
  process(comment: Comment, names: CommentNames): TargetedEvidence[] {
    const tokens = names.tokens;
    const ids = tokens.id;
    const quoted = names.quotes.length > 0 ? new Uint8Array(tokens.count) : undefined;
    const blocks = quoted ? this.quoteBlocks(comment, names, quoted) : [];
    const out: TargetedEvidence[] = [];
    let self = this.authorNumber.get(comment.authorId);
    if (self === undefined) {
      self = this.authorNumber.size;
      this.authorNumber.set(comment.authorId, self);
    }

    for (const b of blocks) {
      const len = b.to - b.from;
      if (len < MARKED_MIN) continue;
      const need = Math.min(8, Math.max(MARKED_MIN, Math.ceil(len * 0.5)));
      const run = this.original(this.index.findRuns(ids, b.from, b.to, need, 1, self));
      if (!run) continue;
      const source = this.docs[run.doc]!.comment;
      const attributed = attributionBefore(comment.text, b.textStart, this.ctx.aliases);
      if (attributed && (attributed.kind === 'outsider' || attributed.participantId !== source.authorId)) continue;
      const words = run.queryEnd - run.queryStart;
      const confidence = b.depth > 1 ? WEIGHTS.quoteNested : words >= 6 ? WEIGHTS.quoteMarked : WEIGHTS.quoteMarked - 0.1;
      out.push(this.evidence(comment, tokens, run, confidence));
    }

    for (const run of this.index.findRuns(ids, 0, tokens.count, COPIED_MIN, COPIED_STEP, self, true)) {
      if (quoted && (quoted[run.queryStart] || quoted[run.queryEnd - 1])) continue;
      if (this.docs[run.doc]!.quoted?.[run.docStart]) continue;
      out.push(this.evidence(comment, tokens, run, WEIGHTS.quoteCopied));
    }

    for (const line of attributionLines(comment.text)) {
      const target = lookupName(line.name, this.ctx.aliases);
      if (!target || target === comment.authorId) continue;
      const quotedDoc = out.find((e) => e.target === target)?.targetCommentId;
      const latest = this.ctx.lastSpoke(target, comment.index);
      const targetCommentId = quotedDoc ?? (latest !== undefined ? this.ctx.byIndex(latest)?.id : undefined);
      out.push({
        signal: 'quote', confidence: WEIGHTS.quoteAttribution, target,
        text: comment.text.slice(line.start, line.end), start: line.start, end: line.end,
        ...(targetCommentId ? { targetCommentId } : {}),
      });
    }

    this.index.add(ids.subarray(0, tokens.count), self);
    this.docs.push({ comment, quoted });
    return out;
  }

  /** Token ranges of the comment's quotations (consecutive "> " lines merged), marking `quoted`. */
  private quoteBlocks(comment: Comment, names: CommentNames, quoted: Uint8Array): QuoteBlock[] {
    const tokens = names.tokens;
    const blocks: QuoteBlock[] = [];
    let t = 0;
    for (const span of names.quotes) {
      while (t < tokens.count && tokens.start[t]! < span.start) t++;
      let e = t;
      while (e < tokens.count && tokens.end[e]! <= span.end) e++;
      if (e === t) continue;
      for (let k = t; k < e; k++) quoted[k] = 1;
      const prev = blocks[blocks.length - 1];
      const gap = prev ? comment.text.slice(tokens.end[prev.to - 1]!, tokens.start[t]!) : '';
      const depth = span.depth ?? 1;
      if (prev && span.kind === 'chevron' && prev.depth === depth && prev.to === t && /^[\s>]*$/.test(gap)) prev.to = e;
      else blocks.push({ from: t, to: e, textStart: span.start, depth });
      t = e;
    }
    return blocks;
  }

  /** The longest run whose source words are the source author's own (not themselves quoted). */
  private original(runs: readonly Run[]): Run | undefined {
    let best: Run | undefined;
    for (const r of runs) {
      if (this.docs[r.doc]!.quoted?.[r.docStart]) continue;
      const len = r.queryEnd - r.queryStart;
      if (!best || len > best.queryEnd - best.queryStart || (len === best.queryEnd - best.queryStart && r.doc > best.doc)) best = r;
    }
    return best;
  }

  private evidence(comment: Comment, tokens: CommentNames['tokens'], run: Run, confidence: number): TargetedEvidence {
    const source = this.docs[run.doc]!.comment;
    const start = tokens.start[run.queryStart]!;
    const end = tokens.end[run.queryEnd - 1]!;
    return {
      signal: 'quote', confidence, target: source.authorId, targetCommentId: source.id,
      text: comment.text.slice(start, end), start, end,
    };
  }
}
