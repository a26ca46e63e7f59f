/**
 * The scanning side of a scan made away from inference (in a helper thread): a lexicon that
 * starts from the inferring side's words (the names it interned), a quote finder, and a batch
 * writer that keeps each comment's tokens, quoted spans and runs, and its
 * word count for the graph (counted here, so the inferring thread need not read the text again). Fed the
 * same comments in the same order, it gives the same word ids and runs as an inline scan
 * (scan.ts), which is what lets the two sides agree.
 */
import { Lexicon } from '../names/lexicon';
import { commentQuotes } from './masks';
import { QuoteFinder } from './quote-finder';
import { ScanBatchWriter, type ScanBatch } from './scan-batches';
import { countWords } from '../graph/words';

export class ScanProducer {
  private readonly lexicon = new Lexicon();
  private readonly finder: QuoteFinder;
  private readonly writer: ScanBatchWriter;

  /** `seed`: the inferring lexicon's words from id 1 on; `expectedTokens` as for the inline scan (scan.ts). */
  constructor(seed: readonly string[], expectedTokens: number) {
    for (const norm of seed) this.lexicon.normId(norm);
    this.finder = new QuoteFinder(expectedTokens);
    this.writer = new ScanBatchWriter(this.lexicon);
  }

  /** Scans the next comment: its text and its author's number (as authorNumbers in scan.ts gives). */
  scan(text: string, author: number): void {
    this.scanBlock([text], [author], 0, 1);
  }

  /**
   * Scans texts[from, to), the next comments, with their authors' numbers: all are tokenised and
   * added to the quote index first, then each one's runs are looked up (cheaper for the index
   * than one comment at a time, with the same runs).
   */
  scanBlock(texts: readonly string[], authors: ArrayLike<number>, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const text = texts[k]!;
      const tokens = this.lexicon.tokenize(text);
      const quotes = commentQuotes(text, tokens);
      this.finder.add(text, tokens, quotes, authors[k]!);
      this.writer.addScan(tokens, quotes, countWords(text));
    }
    for (let k = from; k < to; k++) this.writer.addFindings(this.finder.next());
  }

  /** Comments scanned since the last batch. */
  get pending(): number {
    return this.writer.size;
  }

  take(): ScanBatch {
    return this.writer.take();
  }

  /** Takes back the buffers of a batch the inferring side has read (see ScanBatchWriter.recycle). */
  recycle(buffers: readonly ArrayBuffer[]): void {
    this.writer.recycle(buffers);
  }
}
