/**
 * The reply graph's edges while they are gathered: one per ordered pair of participants (the
 * answering one → the answered one), numbered in order of their first reply, each with the
 * attribute object the graph will keep. Replies are taken one at a time (kept ones, in thread
 * order), so the edges can grow while inference is still judging later comments; `close` then
 * works out each edge's mean confidence and gives the edges as links for the communities.
 */
import type { Reply } from '../types';
import type { EdgeAttributes } from './graph-types';
import type { IndexedLinks } from './metrics';
import { PairNumbering } from './pairs';
import { IntList } from '../infer/int-list';

/** Edge key of the ordered pair source → target. */
export function edgeKey(source: string, target: string): string {
  return `${source}->${target}`;
}

export class EdgeDrafts {
  /** Per edge, in order of first reply: its key, its end positions and its attribute object. */
  readonly keys: string[] = [];
  readonly sources = new IntList(256);
  readonly targets = new IntList(256);
  readonly attributes: EdgeAttributes[] = [];
  private readonly pairs = new PairNumbering(256);
  private confidenceSum = new Float64Array(256);

  /** `ids`: the participants' ids by position, `positionOf` the reverse. */
  constructor(private readonly ids: readonly string[], private readonly positionOf: ReadonlyMap<string, number>) {}

  /** Edges so far. */
  get size(): number {
    return this.keys.length;
  }

  /** Counts a kept reply on its edge (made on the pair's first reply). */
  add(reply: Reply): void {
    const s = this.positionOf.get(reply.source);
    const t = this.positionOf.get(reply.target);
    if (s === undefined || t === undefined) {
      throw new Error(`Reply ${reply.id} refers to unknown participant "${s === undefined ? reply.source : reply.target}".`);
    }
    const e = this.pairs.numberOf(s, t);
    if (e === this.keys.length) this.open(s, t);
    const attrs = this.attributes[e]!;
    attrs.weight++;
    attrs[reply.signal]++;
    this.confidenceSum[e]! += reply.confidence;
    attrs.replyIds.push(reply.id);
    attrs.commentIds.push(reply.commentId);
  }

  /** Once every reply is in: sets each edge's mean confidence and gives the edges as links by position. */
  close(): IndexedLinks {
    const m = this.keys.length;
    const weights = new Int32Array(m);
    for (let e = 0; e < m; e++) {
      const attrs = this.attributes[e]!;
      attrs.meanConfidence = this.confidenceSum[e]! / attrs.weight;
      weights[e] = attrs.weight;
    }
    return { sources: this.sources.data.slice(0, m), targets: this.targets.data.slice(0, m), weights };
  }

  private open(s: number, t: number): void {
    const e = this.keys.length;
    this.keys.push(edgeKey(this.ids[s]!, this.ids[t]!));
    this.sources.push(s);
    this.targets.push(t);
    if (e === this.confidenceSum.length) {
      const grown = new Float64Array(2 * e);
      grown.set(this.confidenceSum);
      this.confidenceSum = grown;
    }
    this.attributes.push({
      weight: 0, explicit: 0, salutation: 0, mention: 0, quote: 0, reference: 0, adjacency: 0,
      // NaN until `close`, so that the engine stores it as a double from the start.
      meanConfidence: NaN,
      replyIds: [], commentIds: [],
    });
  }
}
