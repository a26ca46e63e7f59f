/**
 * An index of word trigrams over earlier comments, for finding copied words without comparing
 * every pair of comments. Token ids live in one growing Int32Array; a direct-mapped bucket
 * table, sized once from the thread's length, maps a trigram hash to its latest position, and
 * `next` chains earlier positions of the same bucket. Runs are verified token by token, so hash
 * collisions cost time, not accuracy. Comments are added first and put into the chains by
 * `flush`, which takes a block of many comments in the order of the bucket table (a page of it
 * at a time) instead of one random update per word; a comment's lookups then start from its
 * own positions' links, which already say where each trigram was seen last before it.
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
/** Fewer new positions than this are put into the chains one by one, more grouped by page of the bucket table. */
const GROUPED_FROM = 4096;
/** Buckets per group: a 4 KB page of the bucket table. */
const GROUP_BITS = 10;

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
   * Per position: how often its bucket had been seen before it (capped at COUNT_CAP), so that a
   * lookup knows, from the position its chain starts at, whether the trigram is common.
   */
  private seenBefore: Uint8Array;
  /** Positions before this one are in the chains; later ones wait for `flush`. */
  private chained = 0;
  /** `flush`'s work lists, kept for the next block: trigram hashes and positions, then both grouped. */
  private hashes = new Int32Array(0);
  private positions = new Int32Array(0);
  private groupedHashes = new Int32Array(0);
  private groupedPositions = new Int32Array(0);

  /**
   * `expectedTokens`: about how many tokens will be added, to size the table once: 1.5 buckets
   * per token up to MAX_BUCKETS. Past that (threads of over a million words) buckets are
   * shared by more trigrams, which costs some extra verification, but every token's update
   * then lands in a table small enough to stay in the processor's cache, which at 100k
   * comments more than pays for it.
   */
  constructor(
    expectedTokens = 1 << 15,
    /** Positions from this one on are not indexed (tests set a small limit to reach that case). */
    private readonly positionLimit = POS_LIMIT,
  ) {
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
    this.seenBefore = new Uint8Array(capacity);
  }

  /**
   * Adds the next comment's token ids, ids[0, count) (comments are numbered 0, 1, 2, ... in the
   * order added); `flush` puts them into the chains. Returns where the comment starts in the
   * index, or -1 when the index is full (positions must fit in POS_BITS: beyond tens of millions
   * of words nothing more is indexed).
   */
  add(ids: Int32Array, count: number, author: number): number {
    const base = this.tokens.length;
    this.docAuthor.push(author);
    this.docStarts.push(base);
    if (base + count + 1 >= Math.min(this.positionLimit, POS_LIMIT)) return -1;
    const n = count + 1;
    this.tokens.reserve(n);
    this.docOf.reserve(n);
    this.next.reserve(n);
    const tokens = this.tokens.data;
    for (let k = 0; k < count; k++) tokens[base + k] = ids[k]!;
    tokens[base + count] = -1;
    this.docOf.data.fill(this.docStarts.length - 1, base, base + n);
    this.tokens.length = this.docOf.length = this.next.length = base + n;
    return base;
  }

  /**
   * Puts every position added since the last flush into the chains: each links to the latest
   * earlier position of its bucket, and the bucket table then holds the latest. Positions are
   * taken in groups of buckets that share a page of the table (in position order within a
   * group), so a large block touches the table page by page instead of at random.
   */
  flush(): void {
    const from = this.chained;
    const to = this.tokens.length;
    if (from === to) return;
    this.chained = to;
    if (this.seenBefore.length < to) {
      const grown = new Uint8Array(Math.max(to, 2 * this.seenBefore.length));
      grown.set(this.seenBefore);
      this.seenBefore = grown;
    }
    const t = this.tokens.data;
    const next = this.next.data;
    if (this.hashes.length < to - from) {
      const size = 2 * (to - from);
      this.hashes = new Int32Array(size);
      this.positions = new Int32Array(size);
    }
    const hashes = this.hashes;
    const positions = this.positions;
    let m = 0;
    for (let p = from; p < to; p++) {
      // The last two tokens of a comment and its separator start no trigram.
      if (p + 2 >= to || t[p] === -1 || t[p + 1] === -1 || t[p + 2] === -1) {
        next[p] = 0;
        continue;
      }
      hashes[m] = trigramHash(t[p]!, t[p + 1]!, t[p + 2]!) | 0;
      positions[m++] = p;
    }
    if (m < GROUPED_FROM) {
      this.chain(hashes, positions, m);
      return;
    }
    const mask = this.mask;
    const shift = Math.min(GROUP_BITS, 31 - Math.clz32(mask + 1));
    const starts = new Int32Array((mask >>> shift) + 2);
    for (let k = 0; k < m; k++) starts[((hashes[k]! & mask) >>> shift) + 1]!++;
    for (let g = 1; g < starts.length; g++) starts[g]! += starts[g - 1]!;
    if (this.groupedHashes.length < m) {
      this.groupedHashes = new Int32Array(hashes.length);
      this.groupedPositions = new Int32Array(hashes.length);
    }
    const groupedHashes = this.groupedHashes;
    const groupedPositions = this.groupedPositions;
    for (let k = 0; k < m; k++) {
      const hash = hashes[k]!;
      const at = starts[(hash & mask) >>> shift]!++;
      groupedHashes[at] = hash;
      groupedPositions[at] = positions[k]!;
    }
    this.chain(groupedHashes, groupedPositions, m);
  }

  /** Links positions[0, m) (hashes alongside) into their buckets' chains, in the order given. */
  private chain(hashes: Int32Array, positions: Int32Array, m: number): void {
    const { heads, mask } = this;
    const next = this.next.data;
    const seenBefore = this.seenBefore;
    for (let k = 0; k < m; k++) {
      const hash = hashes[k]!;
      const p = positions[k]!;
      const b = hash & mask;
      const h = heads[b]!;
      const seen = h >>> POS_BITS;
      next[p] = ((hash >>> POS_BITS) << POS_BITS) | (h & POS_MASK);
      seenBefore[p] = seen;
      heads[b] = ((seen < COUNT_CAP ? seen + 1 : COUNT_CAP) << POS_BITS) | (p + 1); // position stored +1: 0 is "none"
    }
  }

  /**
   * Maximal runs of at least `minRun` tokens shared between query[from, to) and indexed comments,
   * looking up every `step`-th trigram (runs of minRun >= step + 2 are never missed).
   * At most one run (the longest) per indexed comment and query region; comments by
   * `excludeAuthor` are passed over. When `skipCommon` is set, trigrams seen more than COMMON
   * times are not followed (stock phrases, not quotes). `self`: where the querying comment
   * starts in the index when it has been added and flushed; the query is then the index's own
   * tokens (`indexedTokens`) and from, to and the runs' query ranges are index positions.
   * Otherwise (-1) the query is the comment's ids and every indexed comment is earlier.
   */
  findRuns(
    query: Int32Array, from: number, to: number, minRun: number, step: number, excludeAuthor: number, skipCommon = false,
    self = -1,
  ): readonly Run[] {
    let found: Run[] = NO_RUNS;
    const t = this.tokens.data;
    const next = this.next.data;
    const docOf = this.docOf.data;
    const authorOf = this.docAuthor.data;
    let coveredUntil = -1;
    for (let i = from; i + 2 < to; i += step) {
      if (i + 3 <= coveredUntil) continue; // inside a run already found: same sources again
      let print: number;
      let p: number;
      let seen: number;
      if (self >= 0) {
        // The query's own position links to its bucket's earlier positions; past the comment's
        // own, the chain is the bucket's as it stood before the comment.
        const own = next[i]!;
        print = own >>> POS_BITS;
        p = (own & POS_MASK) - 1;
        while (p >= self) p = (next[p]! & POS_MASK) - 1;
        if (p < 0) continue;
        seen = this.seenBefore[p]! + 1;
      } else {
        const hash = trigramHash(query[i]!, query[i + 1]!, query[i + 2]!);
        const head = this.heads[hash & this.mask]!;
        if (head === 0) continue;
        print = hash >>> POS_BITS;
        p = (head & POS_MASK) - 1;
        seen = head >>> POS_BITS;
      }
      if (skipCommon && seen > COMMON) continue;
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

  /** The indexed token ids (a query for a comment already added: see findRuns' `self`); valid until the next `add`. */
  get indexedTokens(): Int32Array {
    return this.tokens.data;
  }
}
