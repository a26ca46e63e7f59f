/**
 * The index half of the quote signal: adds each comment to the trigram index and finds in it
 * runs of words copied from earlier comments (a block of comments may be added before any is
 * looked up). Quoted spans (quotation marks, "> "
 * lines) of three or more words are looked up; long runs copied without marks are found too. A
 * run whose source words were themselves quoted there is not the source's own. What it finds is
 * numbers only (token ranges and comment ordinals), so this half can run in another thread; the
 * evidence half (quote.ts) checks attributions against names and writes the evidence.
 */
import type { TokenList } from '../names/lexicon';
import type { QuoteSpan } from './masks';
import { QuoteIndex, type Run } from './quote-index';

/** Unmarked copies must be this long to count. */
const COPIED_MIN = 12;
/** Every COPIED_STEP-th trigram is looked up when scanning for unmarked copies (≤ COPIED_MIN - 2 misses none). */
const COPIED_STEP = 6;
/** A marked quotation must share at least this many consecutive words with its source. */
const MARKED_MIN = 3;

/** A marked quotation and the run of its words found in an earlier comment. */
export interface MarkedRun extends Run {
  /** Text offset where the quotation starts (attribution lines are looked for before it). */
  textStart: number;
  /** 1 for a quotation, 2 and more for a quotation inside a quotation ("> > "). */
  depth: number;
}

/** What one comment's words share with earlier comments; `doc` in a run is the comment's ordinal among those given to `find`. */
export interface QuoteFindings {
  marked: MarkedRun[];
  copied: Run[];
}

export const NO_FINDINGS: QuoteFindings = { marked: [], copied: [] };

/** A quotation's token range; depth 2 and more is a quotation inside a quotation ("> > "). */
interface QuoteBlock {
  from: number;
  to: number;
  textStart: number;
  depth: number;
}

const CHEVRON_GAP = /^[\s>]*$/;
const NO_BLOCKS: QuoteBlock[] = [];

/** A comment added to the index whose runs are still to be found. */
interface Pending {
  blocks: QuoteBlock[];
  quoted: Uint8Array | undefined;
  author: number;
  /** Where the comment starts in the index, or -1 when it is not indexed (then `ids` are its tokens). */
  base: number;
  count: number;
  ids: Int32Array | undefined;
}

export class QuoteFinder {
  private readonly index: QuoteIndex;
  /** Per indexed comment: 1 at each token inside that comment's own quotations (absent: it quotes nothing). */
  private readonly quotedTokens: (Uint8Array | undefined)[] = [];
  /** Comments added (`add`) whose runs are still to be found (`next`), in thread order. */
  private readonly pending: Pending[] = [];
  private pendingRead = 0;

  /** `expectedTokens`: about how many tokens the thread has, to size the index once; `positionLimit` as for QuoteIndex. */
  constructor(expectedTokens: number, positionLimit?: number) {
    this.index = new QuoteIndex(expectedTokens, positionLimit);
  }

  /**
   * The runs of the next comment (comments must come in thread order), then indexes it.
   * `author` is any number that is the same for all of one participant's comments.
   */
  find(text: string, tokens: TokenList, quotes: readonly QuoteSpan[], author: number): QuoteFindings {
    this.add(text, tokens, quotes, author);
    return this.next();
  }

  /**
   * Adds the next comment (thread order) to the index, to be looked up by `next`: adding a block
   * of comments before looking any up lets the index take them in one pass (QuoteIndex.flush).
   * A comment's runs are only ever found in the comments before it.
   */
  add(text: string, tokens: TokenList, quotes: readonly QuoteSpan[], author: number): void {
    const quoted = quotes.length > 0 ? new Uint8Array(tokens.count) : undefined;
    const blocks = quoted ? quoteBlocks(text, tokens, quotes, quoted) : NO_BLOCKS;
    const base = this.index.add(tokens.id, tokens.count, author);
    const ids = base < 0 ? tokens.id.slice(0, tokens.count) : undefined;
    this.pending.push({ blocks, quoted, author, base, count: tokens.count, ids });
    this.quotedTokens.push(quoted);
  }

  /** The runs of the earliest added comment not yet looked up. */
  next(): QuoteFindings {
    const c = this.pending[this.pendingRead++];
    if (!c) throw new Error('QuoteFinder.next: no comment is waiting');
    if (this.pendingRead === this.pending.length) {
      this.pending.length = 0;
      this.pendingRead = 0;
    }
    this.index.flush();
    // An indexed comment is looked up in place (index positions, made relative below).
    const self = c.base;
    const query = self >= 0 ? this.index.indexedTokens : c.ids!;
    const shift = self >= 0 ? self : 0;
    const { author, quoted } = c;
    let marked: MarkedRun[] | undefined;
    for (const b of c.blocks) {
      const len = b.to - b.from;
      if (len < MARKED_MIN) continue;
      const need = Math.min(8, Math.max(MARKED_MIN, Math.ceil(len * 0.5)));
      const run = this.original(this.index.findRuns(query, b.from + shift, b.to + shift, need, 1, author, false, self));
      if (run) {
        (marked ??= []).push({
          queryStart: run.queryStart - shift, queryEnd: run.queryEnd - shift, doc: run.doc, docStart: run.docStart, docEnd: run.docEnd,
          textStart: b.textStart, depth: b.depth,
        });
      }
    }
    let copied: Run[] | undefined;
    for (const run of this.index.findRuns(query, shift, c.count + shift, COPIED_MIN, COPIED_STEP, author, true, self)) {
      const queryStart = run.queryStart - shift;
      const queryEnd = run.queryEnd - shift;
      if (quoted && (quoted[queryStart] || quoted[queryEnd - 1])) continue;
      if (this.quotedTokens[run.doc]?.[run.docStart]) continue;
      (copied ??= []).push(shift === 0 ? run : { queryStart, queryEnd, doc: run.doc, docStart: run.docStart, docEnd: run.docEnd });
    }
    return marked || copied ? { marked: marked ?? NO_FINDINGS.marked, copied: copied ?? NO_FINDINGS.copied } : NO_FINDINGS;
  }

  /** The longest run whose source words are the source author's own (not themselves quoted). */
  private original(runs: readonly Run[]): Run | undefined {
    let best: Run | undefined;
    for (const r of runs) {
      if (this.quotedTokens[r.doc]?.[r.docStart]) continue;
      const len = r.queryEnd - r.queryStart;
      if (!best || len > best.queryEnd - best.queryStart || (len === best.queryEnd - best.queryStart && r.doc > best.doc)) best = r;
    }
    return best;
  }
}

/** Token ranges of the comment's quotations (consecutive "> " lines merged), marking `quoted`. */
function quoteBlocks(text: string, tokens: TokenList, quotes: readonly QuoteSpan[], quoted: Uint8Array): QuoteBlock[] {
  const blocks: QuoteBlock[] = [];
  let t = 0;
  for (const span of quotes) {
    while (t < tokens.count && tokens.start[t]! < span.start) t++;
    let e = t;
    while (e < tokens.count && tokens.end[e]! <= span.end) e++;
    if (e === t) continue;
    for (let k = t; k < e; k++) quoted[k] = 1;
    const prev = blocks[blocks.length - 1];
    const gap = prev ? text.slice(tokens.end[prev.to - 1]!, tokens.start[t]!) : '';
    const depth = span.depth ?? 1;
    if (prev && span.kind === 'chevron' && prev.depth === depth && prev.to === t && CHEVRON_GAP.test(gap)) prev.to = e;
    else blocks.push({ from: t, to: e, textStart: span.start, depth });
    t = e;
  }
  return blocks;
}
