import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { prepareAdjacency } from '../../../src/core/graph/adjacency';
import { mulberry32 } from '../../../src/core/graph/random';

/** The same random graph, built with or without prepared adjacency. */
function randomGraph(prepare: boolean): DirectedGraph {
  const rng = mulberry32(5);
  const graph = new DirectedGraph();
  const n = 300;
  for (let i = 0; i < n; i++) graph.addNode(i % 7 === 0 ? String(i) : `node-${i}`, { i });
  const ids = graph.nodes();
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  for (let e = 0; e < 1500; e++) {
    const s = ids[Math.floor(rng() * n)]!;
    const t = ids[Math.floor(rng() * n)]!;
    if (seen.has(`${s}->${t}`)) continue;
    seen.add(`${s}->${t}`);
    pairs.push([s, t]);
  }
  if (prepare) {
    const hasIn = new Set(pairs.map(([, t]) => t));
    const hasOut = new Set(pairs.map(([s]) => s));
    prepareAdjacency(graph, (i) => hasIn.has(ids[i]!), (i) => hasOut.has(ids[i]!));
  }
  for (const [s, t] of pairs) graph.addDirectedEdgeWithKey(`${s}->${t}`, s, t, { w: 1 });
  return graph;
}

/** Everything a caller can observe about adjacency, in the order graphology reports it. */
function observe(graph: DirectedGraph): unknown {
  return graph.nodes().map((node) => ({
    out: graph.outNeighbors(node),
    in: graph.inNeighbors(node),
    outEdges: graph.outEdges(node),
    inEdges: graph.inEdges(node),
    degree: [graph.inDegree(node), graph.outDegree(node)],
    has: graph.outNeighbors(node).map((t) => graph.hasDirectedEdge(node, t) && graph.hasEdge(node, t) && graph.areNeighbors(node, t)),
    missing: graph.hasDirectedEdge(node, 'nobody'),
  }));
}

describe('prepareAdjacency', () => {
  it('leaves every neighbour query, its order and the export unchanged', () => {
    const plain = randomGraph(false);
    const prepared = randomGraph(true);
    expect(observe(prepared)).toEqual(observe(plain));
    expect(prepared.export()).toEqual(plain.export());
    expect(prepared.copy().export()).toEqual(plain.export());
  });

  it('keeps working when edges are dropped and added again', () => {
    const plain = randomGraph(false);
    const prepared = randomGraph(true);
    for (const g of [plain, prepared]) {
      for (const edge of g.edges().filter((_, k) => k % 3 === 0)) g.dropEdge(edge);
      g.dropNode('node-1');
      g.mergeDirectedEdgeWithKey('extra', 'node-2', 'node-3');
    }
    expect(observe(prepared)).toEqual(observe(plain));
  });

  it('really swaps the adjacency of nodes that get edges (so a graphology upgrade that changes its internals shows here)', () => {
    const graph = new DirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    const internals = (graph as unknown as { _nodes: Map<string, { in: object; out: object }> })._nodes;
    const before = { aOut: internals.get('a')!.out, aIn: internals.get('a')!.in };
    prepareAdjacency(graph, (i) => i === 1, (i) => i === 0);
    expect(internals.get('a')!.out).not.toBe(before.aOut);
    expect(internals.get('a')!.in).toBe(before.aIn);
    graph.addEdge('a', 'b');
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
  });

  it('does nothing once the graph has edges', () => {
    const graph = new DirectedGraph();
    graph.addNode('a');
    graph.addNode('b');
    graph.addEdge('a', 'b');
    prepareAdjacency(graph, () => true, () => true);
    expect(graph.outNeighbors('a')).toEqual(['b']);
    expect(graph.hasDirectedEdge('a', 'b')).toBe(true);
  });
});
