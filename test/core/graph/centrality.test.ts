/** Reply rank (PageRank over who answers whom): rank flows to those answered, weighted by who answers. */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/pipeline';
import { buildGraph } from '../../../src/core/graph/build';
import { replyRank } from '../../../src/core/graph/centrality';

// Explicit parents: A is answered by B, C and D; A answers X; G, whom nobody answers, answers Y.
const csv = [
  'id,parent,author,text',
  '1,,Xena,first post', '2,,Yuri,second post', '3,,Abe,third post',
  '4,3,Bea,reply to Abe', '5,3,Cal,another reply to Abe', '6,3,Dot,a third reply to Abe',
  '7,1,Abe,reply to Xena', '8,2,Gus,reply to Yuri',
].join('\n');

describe('replyRank', () => {
  const { thread, replies } = ingest(csv, { format: 'csv' });
  const graph = buildGraph(thread, replies);
  const rank = replyRank(graph);

  it('gives every participant a share, summing to 100', () => {
    expect([...rank.keys()]).toEqual(graph.nodes());
    expect([...rank.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(100, 6);
  });

  it('ranks one answered by someone much answered above one answered by nobody of note', () => {
    expect(graph.getNodeAttribute('xena', 'inWeight')).toBe(graph.getNodeAttribute('yuri', 'inWeight'));
    // Abe, answered three times, passes his rank to Xena, the one person he answers.
    const order = [...rank].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(order.slice(0, 3)).toEqual(['xena', 'abe', 'yuri']);
    expect(rank.get('xena')!).toBeGreaterThan(rank.get('yuri')! * 1.5);
    // Those nobody answers share the lowest rank.
    expect(new Set(['bea', 'cal', 'dot', 'gus'].map((id) => rank.get(id)!.toFixed(9))).size).toBe(1);
    expect(rank.get('gus')!).toBeLessThan(rank.get('yuri')!);
  });

  it('is computed once per graph and the same for the same input', () => {
    expect(replyRank(graph)).toBe(rank);
    const again = ingest(csv, { format: 'csv' });
    expect([...replyRank(buildGraph(again.thread, again.replies))]).toEqual([...rank]);
  });
});
