/**
 * Comment scans (scan.ts) carried in batches between threads: the scanning side writes each
 * comment's tokens, quoted spans and quote runs into a few typed arrays,
 * with the words its lexicon interned since the last batch; the inferring side adopts those
 * words (so ids mean the same words on both sides) and reads the scans back one comment at a
 * time. Plain data only: the transport is the caller's (a worker's message port, say).
 */
import type { Comment } from '../types';
import type { Lexicon, TokenList } from '../names/lexicon';
import type { Run } from './quote-index';
import { NO_FINDINGS, type MarkedRun, type QuoteFindings } from './quote-finder';
import type { CommentScanner, ScannedComment } from './scan';
import type { QuoteSpan } from './masks';
import { IntList } from './int-list';

export interface ScanBatch {
  /** Comments in the batch. */
  comments: number;
  /** Per comment: token count, punctuation marks (TokenList.marks), and where its runs start in `runs` (one more entry at the end). */
  counts: Int32Array;
  marks: Int32Array;
  runStarts: Int32Array;
  /** The tokens of all the batch's comments, one after another. */
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
  /**
   * Per comment with runs: the number of marked runs, then each marked run (query start and
   * end, doc, doc start and end, text start, depth), then each copied run (the first five).
   */
  runs: Int32Array;
  /** Per comment: where its quoted spans and its capital indexes start (one more entry at the end). */
  spanStarts: Int32Array;
  capitalStarts: Int32Array;
  /** The indexes of the tokens that may start with a capital (TokenList.capitals) of all the batch's comments. */
  capitals: Int32Array;
  /** SPAN_FIELDS numbers per quoted span: start, end, kind (1: "> " lines), depth (0: none). */
  spans: Int32Array;
  /** Per comment: its words as the graph counts them (graph/words.ts), for the participants' activity. */
  wordCounts: Int32Array;
  /** Words interned since the previous batch, and the id of the first. */
  norms: string[];
  firstNorm: number;
}

const SPAN_FIELDS = 4;

const RUN_FIELDS = 5;
const MARKED_FIELDS = RUN_FIELDS + 2;

/** A batch's lists, in one order for its writer, its buffers and their return (see `recycle`). */
const LISTS = [
  'counts', 'marks', 'runStarts', 'start', 'end', 'id', 'runs', 'spanStarts', 'capitalStarts', 'capitals',
  'spans', 'wordCounts',
] as const satisfies readonly (keyof ScanBatch)[];
type ListName = (typeof LISTS)[number];

/** The buffers of a batch, so a sender can hand them over without copying (and the reader hand them back). */
export function batchBuffers(batch: ScanBatch): ArrayBuffer[] {
  return LISTS.map((name) => batch[name].buffer as ArrayBuffer);
}

/** Appends from[0, n) to the list. A plain loop: a comment's lists are short, and a view plus a copy call per list cost more. */
function append(list: IntList, from: Int32Array, n: number): void {
  list.reserve(n);
  const data = list.data;
  const at = list.length;
  for (let k = 0; k < n; k++) data[at + k] = from[k]!;
  list.length = at + n;
}

function pushRun(out: IntList, r: Run): void {
  out.push(r.queryStart);
  out.push(r.queryEnd);
  out.push(r.doc);
  out.push(r.docStart);
  out.push(r.docEnd);
}

/** The scanning side: collects scans until `take` hands them over as one batch. */
export class ScanBatchWriter {
  private readonly counts = new IntList(256);
  private readonly marks = new IntList(256);
  private readonly runStarts = new IntList(256);
  private readonly start = new IntList(1 << 14);
  private readonly end = new IntList(1 << 14);
  private readonly id = new IntList(1 << 14);
  private readonly runs = new IntList(256);
  private readonly spanStarts = new IntList(256);
  private readonly capitalStarts = new IntList(256);
  private readonly capitals = new IntList(1024);
  private readonly spans = new IntList(256);
  private readonly wordCounts = new IntList(256);
  /** Per list: buffers of earlier batches handed back by the reader, for the next batches. */
  private readonly spare = Object.fromEntries(LISTS.map((name) => [name, [] as ArrayBuffer[]])) as Record<ListName, ArrayBuffer[]>;
  private normsSent: number;

  /** `lexicon`: the one the scans' ids come from; the words it knows now are not sent. */
  constructor(private readonly lexicon: Lexicon) {
    this.normsSent = lexicon.norms.length;
  }

  /** Comments collected since the last batch. */
  get size(): number {
    return this.counts.length;
  }

  /**
   * The next comment's scan, then its findings (`addFindings`): a block of comments' scans may
   * come first and their findings after, in the same order, as long as a batch is taken only
   * once every comment in it has both. `wordCount`: the comment's words as the graph counts
   * them (countWords).
   */
  addScan(tokens: TokenList, quotes: readonly QuoteSpan[], wordCount: number): void {
    const n = tokens.count;
    this.wordCounts.push(wordCount);
    this.spanStarts.push(this.spans.length / SPAN_FIELDS);
    for (const q of quotes) {
      this.spans.push(q.start);
      this.spans.push(q.end);
      this.spans.push(q.kind === 'chevron' ? 1 : 0);
      this.spans.push(q.depth ?? 0);
    }
    this.counts.push(n);
    this.marks.push(tokens.marks);
    append(this.start, tokens.start, n);
    append(this.end, tokens.end, n);
    append(this.id, tokens.id, n);
    this.capitalStarts.push(this.capitals.length);
    append(this.capitals, tokens.capitals, tokens.capitalCount);
  }

  /** What the quote finder found in the earliest comment whose findings are not yet added. */
  addFindings(found: QuoteFindings): void {
    const runs = this.runs;
    this.runStarts.push(runs.length);
    if (found === NO_FINDINGS) return;
    runs.push(found.marked.length);
    for (const r of found.marked) {
      pushRun(runs, r);
      runs.push(r.textStart);
      runs.push(r.depth);
    }
    for (const r of found.copied) pushRun(runs, r);
  }

  /**
   * The scans collected so far, as one batch over the lists' own buffers (nothing is copied); the
   * lists go on in spare buffers (see `recycle`) or new ones.
   */
  take(): ScanBatch {
    if (this.runStarts.length !== this.counts.length) throw new Error('A batch was taken before every comment in it had its findings.');
    const norms = this.lexicon.norms.slice(this.normsSent);
    // The per-comment starts end with one more entry: where the last comment's items end.
    this.runStarts.push(this.runs.length);
    this.spanStarts.push(this.spans.length / SPAN_FIELDS);
    this.capitalStarts.push(this.capitals.length);
    const batch: ScanBatch = {
      comments: this.counts.length,
      counts: this.handOver('counts'), marks: this.handOver('marks'), runStarts: this.handOver('runStarts'),
      start: this.handOver('start'), end: this.handOver('end'), id: this.handOver('id'),
      runs: this.handOver('runs'), spanStarts: this.handOver('spanStarts'),
      capitalStarts: this.handOver('capitalStarts'), capitals: this.handOver('capitals'), spans: this.handOver('spans'),
      wordCounts: this.handOver('wordCounts'),
      norms, firstNorm: this.normsSent,
    };
    this.normsSent += norms.length;
    return batch;
  }

  /** The list's values as a view of its buffer; the list starts afresh in a spare buffer, else a new one of the same size. */
  private handOver(name: ListName): Int32Array {
    const list = this[name];
    const values = list.data.subarray(0, list.length);
    const spare = this.spare[name].pop();
    list.data = spare ? new Int32Array(spare) : new Int32Array(list.data.length);
    list.length = 0;
    return values;
  }

  /**
   * Takes back the buffers of a batch the reader is done with (batchBuffers order), so later
   * batches are written into memory already in use rather than into new pages.
   */
  recycle(buffers: readonly ArrayBuffer[]): void {
    if (buffers.length !== LISTS.length) throw new Error(`A batch has ${LISTS.length} buffers, ${buffers.length} came back.`);
    for (let k = 0; k < buffers.length; k++) this.spare[LISTS[k]!].push(buffers[k]!);
  }
}

function readRun(runs: Int32Array, at: number): Run {
  return { queryStart: runs[at]!, queryEnd: runs[at + 1]!, doc: runs[at + 2]!, docStart: runs[at + 3]!, docEnd: runs[at + 4]! };
}

const NO_SPANS: QuoteSpan[] = [];

function readSpans(spans: Int32Array, from: number, to: number): QuoteSpan[] {
  if (from === to) return NO_SPANS;
  const out: QuoteSpan[] = [];
  for (let s = from * SPAN_FIELDS; s < to * SPAN_FIELDS; s += SPAN_FIELDS) {
    const span: QuoteSpan = { start: spans[s]!, end: spans[s + 1]!, kind: spans[s + 2] === 1 ? 'chevron' : 'marks' };
    if (spans[s + 3]! > 0) span.depth = spans[s + 3]!;
    out.push(span);
  }
  return out;
}

function readFindings(runs: Int32Array, from: number, to: number): QuoteFindings {
  if (from === to) return NO_FINDINGS;
  const marked: MarkedRun[] = [];
  const copied: Run[] = [];
  let at = from + 1;
  for (let m = 0; m < runs[from]!; m++, at += MARKED_FIELDS) {
    // A literal, not a spread of readRun's object plus two fields (which the engine copies slowly).
    marked.push({
      queryStart: runs[at]!, queryEnd: runs[at + 1]!, doc: runs[at + 2]!, docStart: runs[at + 3]!, docEnd: runs[at + 4]!,
      textStart: runs[at + RUN_FIELDS]!, depth: runs[at + RUN_FIELDS + 1]!,
    });
  }
  for (; at < to; at += RUN_FIELDS) copied.push(readRun(runs, at));
  return { marked: marked.length > 0 ? marked : NO_FINDINGS.marked, copied: copied.length > 0 ? copied : NO_FINDINGS.copied };
}

/**
 * The inferring side: a scanner that reads scans from batches, asking `next` for a batch when
 * the current one is used up (`next` may block until the scanning side has one ready). The
 * lexicon must be the one the scanning side's started from, and used for nothing else meanwhile.
 */
export class BatchScanner implements CommentScanner {
  private batch: ScanBatch | undefined;
  private comment = 0;
  private token = 0;
  private readonly scanned: ScannedComment = { tokens: undefined as unknown as TokenList, found: NO_FINDINGS };

  /**
   * Each scanned comment's word count as the graph counts them, by 0-based position in the
   * thread (-1 where none was scanned), when the thread's length was given.
   */
  readonly wordCounts: Int32Array | undefined;

  /**
   * `release`, when given, is handed each batch once every comment in it has been read (nothing
   * read from it is kept: token lists are copies), e.g. to return its buffers to the writer.
   */
  constructor(
    private readonly lexicon: Lexicon, private readonly next: () => ScanBatch, readonly close?: () => void, threadLength?: number,
    private readonly release?: (batch: ScanBatch) => void,
  ) {
    if (threadLength !== undefined) this.wordCounts = new Int32Array(threadLength).fill(-1);
  }

  scan(comment: Comment): ScannedComment {
    let batch = this.batch;
    if (!batch || this.comment === batch.comments) {
      if (batch) this.release?.(batch);
      batch = this.batch = this.next();
      this.lexicon.adopt(batch.norms, batch.firstNorm);
      this.comment = 0;
      this.token = 0;
    }
    const k = this.comment++;
    const count = batch.counts[k]!;
    if (this.wordCounts) this.wordCounts[comment.index - 1] = batch.wordCounts[k]!;
    const scanned = this.scanned;
    const capitalFrom = batch.capitalStarts[k]!;
    scanned.tokens = this.lexicon.load(
      count, batch.marks[k]!, batch.start, batch.end, batch.id, this.token,
      batch.capitals, capitalFrom, batch.capitalStarts[k + 1]! - capitalFrom,
    );
    scanned.found = readFindings(batch.runs, batch.runStarts[k]!, batch.runStarts[k + 1]!);
    scanned.quotes = readSpans(batch.spans, batch.spanStarts[k]!, batch.spanStarts[k + 1]!);
    this.token += count;
    return scanned;
  }
}
