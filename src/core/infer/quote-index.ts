/**
 * An index of word trigrams over earlier comments, for finding copied words without comparing
 * every pair of comments. Token ids live in one growing Int32Array; a direct-mapped bucket
 * table, sized once from the thread's length, maps a trigram hash to its latest position, and
 * `next` chains earlier positions of the same bucket. Runs are verified token by token, so hash collisions cost time, not accuracy.
 */

import { IntList } from './int-list';

/**
 * How many earlier occurrences of one trigram are examined (the most recent ones). A copied
 * run has many trigrams, and rare ones reach far back, so a short limit loses little.
 */
const CHAIN_LIMIT = 10;
const SCAN_CHAIN_LIMIT = 3;
/** A trigram seen more often than this is a stock phrase when scanning for unmarked copies. */
const COMMON = 24;
const POS_BITS = 26;
const POS_MASK = (1 << POS_BITS) - 1;
const POS_LIMIT = POS_MASK - 1;
/** Largest bucket table: 2M entries, 8 MB. */
const MAX_BUCKETS = 1 << 21;
/** Occurrence counts stop here (above COMMON, so common trigrams are still told apart). */
const COUNT_CAP = (1 << (31 - POS_BITS)) - 1;

/** The shared answer when nothing is found (most lookups): never written to. */
const NO_RUNS: Run[] = [];

export interface Run {
  /** Token range in the query. */
  queryStart: number;
  queryEnd: number;
  /** Ordinal of the indexed comment (as given to `add`) and the run's token range in it. */
  doc: number;
  docStart: number;
  docEnd: number;
}

function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h >>> 0;
}

export class QuoteIndex {
  /** Token ids of every indexed comment, with -1 between comments. */
  private tokens: IntList;
  /** Comment number of every token position (a sequential fill, cheaper than searching later). */
  private docOf: IntList;
  private docStarts = new IntList();
  /**
   * Per position: (fingerprint << POS_BITS) | (earlier position of the same bucket + 1, 0 for
   * none). The fingerprint is a few bits of the hash of the trigram at the position, so that a
   * chain entry of another trigram sharing the bucket is passed over without reading its tokens
   * (equal trigrams have equal fingerprints: no run is missed).
   */
  private next: IntList;
  /**
   * Direct-mapped bucket table: trigram hash → (occurrences << POS_BITS) | (latest position + 1),
   * occurrences saturating at COUNT_CAP, packed so one probe touches one word. The cap keeps
   * every entry a positive 32-bit integer, which the engine reads without conversion. Trigrams sharing a
   * bucket share a chain; runs are verified token by token, so sharing costs time, not accuracy.
   */
  private heads: Int32Array;
  private mask: number;
  /** Author number of each indexed comment: runs from the querying author are never wanted. */
  private docAuthor = new IntList();

  /**
   * `expectedTokens`: about how many tokens will be added, to size the table once: 1.5 buckets
   * per token up to MAX_BUCKETS. Past that (threads of over a million words) buckets are
   * shared by more trigrams, which costs some extra verification, but every token's update
   * then lands in a table small enough to stay in the processor's cache, which at 100k
   * comments more than pays for it.
   */
  constructor(expectedTokens = 1 << 15) {
    let size = 1 << 16;
    while (size < expectedTokens * 1.5 && size < MAX_BUCKETS) size <<= 1;
    this.heads = new Int32Array(size);
    this.mask = size - 1;
    // Sized for half as many tokens again as expected (plus separators), so the lists rarely grow:
    // growing copies them whole, and pages never written cost no memory.
    const capacity = Math.ceil(expectedTokens * 1.5) + 1024;
    this.tokens = new IntList(capacity);
    this.docOf = new IntList(capacity);
    this.next = new IntList(capacity);
  }

  /** Adds the next comment's token ids, ids[0, count) (comments are numbered 0, 1, 2, ... in the order added). */
  add(ids: Int32Array, count: number, author: number): void {
    const base = this.tokens.length;
    this.docAuthor.push(author);
    this.docStarts.push(base);
    // Positions must fit in POS_BITS; beyond that (tens of millions of words) nothing more is indexed.
    if (base + count + 1 >= POS_LIMIT) return;
    const n = count + 1;
    this.tokens.reserve(n);
    this.docOf.reserve(n);
    this.next.reserve(n);
    const tokens = this.tokens.data;
    for (let k = 0; k < count; k++) tokens[base + k] = ids[k]!;
    tokens[base + count] = -1;
    this.docOf.data.fill(this.docStarts.length - 1, base, base + n);
    this.tokens.length = this.docOf.length = this.next.length = base + n;
    const { heads, mask } = this;
    const next = this.next.data;
    // The last two tokens and the separator start no trigram.
    for (let k = Math.max(0, count - 2); k < n; k++) next[base + k] = 0;
    for (let i = 0; i + 2 < count; i++) {
      const hash = trigramHash(ids[i]!, ids[i + 1]!, ids[i + 2]!);
      const b = hash & mask;
      const h = heads[b]!;
      next[base + i] = ((hash >>> POS_BITS) << POS_BITS) | (h & POS_MASK);
      const seen = h >>> POS_BITS;
      heads[b] = ((seen < COUNT_CAP ? seen + 1 : COUNT_CAP) << POS_BITS) | (base + i + 1); // position stored +1: 0 is "none"
    }
  }

  /**
   * Maximal runs of at least `minRun` tokens shared between query[from, to) and indexed comments,
   * looking up every `step`-th trigram (runs of minRun >= step + 2 are never missed).
   * At most one run (the longest) per indexed comment and query region; comments by
   * `excludeAuthor` are passed over. When `skipCommon` is set, trigrams seen more than COMMON
   * times are not followed (stock phrases, not quotes).
   */
  findRuns(query: Int32Array, from: number, to: number, minRun: number, step: number, excludeAuthor: number, skipCommon = false): readonly Run[] {
    let found: Run[] = NO_RUNS;
    const t = this.tokens.data;
    const next = this.next.data;
    const docOf = this.docOf.data;
    const authorOf = this.docAuthor.data;
    let coveredUntil = -1;
    for (let i = from; i + 2 < to; i += step) {
      if (i + 3 <= coveredUntil) continue; // inside a run already found: same sources again
      const hash = trigramHash(query[i]!, query[i + 1]!, query[i + 2]!);
      const head = this.heads[hash & this.mask]!;
      if (head === 0 || (skipCommon && head >>> POS_BITS > COMMON)) continue;
      const print = hash >>> POS_BITS;
      let p = (head & POS_MASK) - 1;
      // Scanning for unmarked copies looks at the few latest occurrences only: a copied run has
      // several trigrams, so one that is missed here is found through another.
      const limit = skipCommon ? SCAN_CHAIN_LIMIT : CHAIN_LIMIT;
      for (let n = 0; p >= 0 && n < limit; n++) {
        const link = next[p]!;
        const at = p;
        p = (link & POS_MASK) - 1;
        if (link >>> POS_BITS !== print) continue;
        if (t[at] !== query[i] || t[at + 1] !== query[i + 1] || t[at + 2] !== query[i + 2]) continue;
        const doc = docOf[at]!;
        if (authorOf[doc] === excludeAuthor) continue;
        let qs = i, ds = at;
        while (qs > from && ds > 0 && t[ds - 1] !== -1 && t[ds - 1] === query[qs - 1]) { qs--; ds--; }
        let qe = i + 3, de = at + 3;
        while (qe < to && de < this.tokens.length && t[de] !== -1 && t[de] === query[qe]) { qe++; de++; }
        const len = qe - qs;
        if (len < minRun) continue;
        if (qe > coveredUntil) coveredUntil = qe;
        let prev = 0;
        while (prev < found.length && found[prev]!.doc !== doc) prev++;
        if (prev < found.length && len <= found[prev]!.queryEnd - found[prev]!.queryStart) continue;
        const docBase = this.docStarts.data[doc]!;
        const run = { queryStart: qs, queryEnd: qe, doc, docStart: ds - docBase, docEnd: de - docBase };
        if (found === NO_RUNS) found = [];
        found[prev] = run;
      }
    }
    return found;
  }
}
