/**
 * Speeds up adding many edges to a fresh graphology graph. graphology keeps each node's neighbours
 * in plain objects keyed by neighbour id (`in` and `out` of its internal node data). Filling
 * thousands of new `{}` objects with distinct keys makes V8 create a hidden class for nearly every
 * added key; an object that starts in hash-map ("dictionary") mode skips that, which roughly halves
 * the time to add the edges of a graph with 15k nodes and 50k edges.
 *
 * The swap keeps the graph's behaviour identical: only adjacency objects that are still empty are
 * replaced, by empty objects with the same prototype (so `hasOwnProperty`, `in` and key order
 * work as before). When graphology's internals do not look as expected, nothing is changed and
 * the graph is merely built at the usual speed.
 */
import type Graph from 'graphology';

/** An empty object with Object.prototype that V8 keeps in dictionary mode. */
function dictionaryObject(): object {
  return Object.setPrototypeOf(Object.create(null), Object.prototype) as object;
}

function isEmptyPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) return false;
  return true;
}

/** Gives nodes dictionary-mode adjacency, one side at a time, before their first edge on that side. */
export class AdjacencyPreparer {
  private readonly nodes: Map<string, Record<string, unknown>> | undefined;

  constructor(graph: Graph) {
    const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
    this.nodes = nodes instanceof Map ? (nodes as Map<string, Record<string, unknown>>) : undefined;
  }

  /** Before `key` gets edges on `side` ('out': edges from it, 'in': edges to it); harmless after. */
  prepare(key: string, side: 'in' | 'out'): void {
    const data = this.nodes?.get(key);
    if (data && isEmptyPlainObject(data[side])) data[side] = dictionaryObject();
  }
}
