/**
 * Reply rank: PageRank over the reply graph, where an edge A → B (A answers B) weighted by its
 * replies passes A's rank to B, so a participant ranks high when answered often, and by people
 * who are answered themselves. As a percentage (the ranks of a graph sum to 100), computed once
 * per graph object (graphology-metrics, damping 0.85) and deterministic.
 */
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { ThreadGraph } from './build';

const ranks = new WeakMap<ThreadGraph, ReadonlyMap<string, number>>();

/** Each participant's reply rank in percent of the graph's. */
export function replyRank(graph: ThreadGraph): ReadonlyMap<string, number> {
  let out = ranks.get(graph);
  if (!out) {
    const scores = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85 }) : {};
    out = new Map(graph.nodes().map((id) => [id, 100 * (scores[id] ?? 0)]));
    ranks.set(graph, out);
  }
  return out;
}
