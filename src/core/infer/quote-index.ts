/**
 * An index of word trigrams over earlier comments, for finding copied words without comparing
 * every pair of comments. Token ids live in one growing Int32Array; an open-addressing hash
 * table maps a trigram hash to its latest position, and `next` chains earlier positions with
 * the same hash. Runs are verified token by token, so hash collisions cost time, not accuracy.
 */

const EMPTY = 0;
/** How many earlier occurrences of one trigram are examined (the most recent ones). */
const CHAIN_LIMIT = 48;

export interface Run {
  /** Token range in the query. */
  queryStart: number;
  queryEnd: number;
  /** Ordinal of the indexed comment (as given to `add`) and the run's token range in it. */
  doc: number;
  docStart: number;
  docEnd: number;
}

class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
}

function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 13;
  return h === EMPTY ? 1 : h;
}

export class QuoteIndex {
  private vocab = new Map<string, number>();
  /** Token ids of every indexed comment, with -1 between comments. */
  private tokens = new IntList();
  private docOf = new IntList();
  private docStarts = new IntList();
  private next = new IntList();
  private keys = new Int32Array(1 << 12);
  private heads = new Int32Array(1 << 12);
  private used = 0;

  /** Maps folded words to ids (new words get new ids). */
  ids(words: readonly string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.vocab.get(w);
      if (id === undefined) {
        id = this.vocab.size + 1;
        this.vocab.set(w, id);
      }
      out[i] = id;
    }
    return out;
  }

  /** Token range of an indexed comment. */
  docRange(doc: number): [number, number] {
    const start = this.docStarts.data[doc]!;
    let end = start;
    while (end < this.tokens.length && this.tokens.data[end] !== -1) end++;
    return [start, end];
  }

  private slot(hash: number): number {
    const mask = this.keys.length - 1;
    let i = hash & mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== hash) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    this.keys = new Int32Array(oldKeys.length * 2);
    this.heads = new Int32Array(oldKeys.length * 2);
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] === EMPTY) continue;
      const s = this.slot(oldKeys[i]!);
      this.keys[s] = oldKeys[i]!;
      this.heads[s] = oldHeads[i]!;
    }
  }

  /** Adds a comment's token ids; `doc` must be 0, 1, 2, ... in order. */
  add(doc: number, ids: Int32Array): void {
    const base = this.tokens.length;
    this.docStarts.push(base);
    for (let i = 0; i < ids.length; i++) {
      this.tokens.push(ids[i]!);
      this.docOf.push(doc);
      this.next.push(-1);
    }
    this.tokens.push(-1);
    this.docOf.push(doc);
    this.next.push(-1);
    for (let i = 0; i + 2 < ids.length; i++) {
      if (this.used * 2 >= this.keys.length) this.grow();
      const h = trigramHash(ids[i]!, ids[i + 1]!, ids[i + 2]!);
      const s = this.slot(h);
      if (this.keys[s] === EMPTY) {
        this.keys[s] = h;
        this.used++;
        this.next.data[base + i] = -1;
      } else {
        this.next.data[base + i] = this.heads[s]! - 1;
      }
      this.heads[s] = base + i + 1; // stored +1 so 0 means "none"
    }
  }

  /**
   * Maximal runs of at least `minRun` tokens shared between query[from, to) and indexed comments,
   * looking up every `step`-th trigram (runs of minRun >= step + 2 are never missed).
   * At most one run (the longest) per indexed comment and query region.
   */
  findRuns(query: Int32Array, from: number, to: number, minRun: number, step = 1, accept: (doc: number) => boolean = () => true): Run[] {
    const best = new Map<number, Run>();
    const t = this.tokens.data;
    for (let i = from; i + 2 < to; i += step) {
      const h = trigramHash(query[i]!, query[i + 1]!, query[i + 2]!);
      const s = this.slot(h);
      if (this.keys[s] === EMPTY) continue;
      let p = this.heads[s]! - 1;
      for (let n = 0; p >= 0 && n < CHAIN_LIMIT; n++, p = this.next.data[p]!) {
        if (t[p] !== query[i] || t[p + 1] !== query[i + 1] || t[p + 2] !== query[i + 2]) continue;
        const doc = this.docOf.data[p]!;
        if (!accept(doc)) continue;
        let qs = i, ds = p;
        while (qs > from && ds > 0 && t[ds - 1] !== -1 && t[ds - 1] === query[qs - 1]) { qs--; ds--; }
        let qe = i + 3, de = p + 3;
        while (qe < to && t[de] !== -1 && de < this.tokens.length && t[de] === query[qe]) { qe++; de++; }
        const len = qe - qs;
        if (len < minRun) continue;
        const prev = best.get(doc);
        if (!prev || len > prev.queryEnd - prev.queryStart) {
          const docBase = this.docStarts.data[doc]!;
          best.set(doc, { queryStart: qs, queryEnd: qe, doc, docStart: ds - docBase, docEnd: de - docBase });
        }
      }
    }
    return [...best.values()];
  }
}
