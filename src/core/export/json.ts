/**
 * graph.json: the graphology serialisation of the reply graph with a fixed key order
 * (options, attributes, nodes, edges; attribute keys sorted), and the way back.
 */
import { DirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { InputError } from '../errors';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, ThreadGraph } from '../graph/build';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Copies an object with its keys in sorted order, recursing into nested plain objects.
 * Arrays are kept as they are (the graph's arrays hold strings), undefined values are dropped.
 */
function sortKeys(value: object): Json {
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out[key] = v !== null && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v) : (v as Json);
  }
  return out;
}

/** The graph as pretty-printed JSON (graphology export format), identical for identical graphs. */
export function toGraphJson(graph: ThreadGraph): string {
  const data = graph.export();
  const ordered = {
    options: sortKeys(data.options),
    attributes: sortKeys(data.attributes ?? {}),
    nodes: data.nodes.map((n) => ({ key: n.key, attributes: sortKeys(n.attributes ?? {}) })),
    edges: data.edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: sortKeys(e.attributes ?? {}) })),
  };
  return JSON.stringify(ordered, null, 2);
}

function badGraph(message: string): InputError {
  return new InputError('BAD_JSON', message, { hint: 'Load a graph.json file written by threadgraph.' });
}

/** Restores a graph written by toGraphJson; throws InputError (BAD_JSON) when the text is not one. */
export function fromGraphJson(text: string): ThreadGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw badGraph(`graph.json is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw badGraph('graph.json must hold an object.');
  const obj = data as Record<string, unknown>;
  if (!Array.isArray(obj.nodes) || !Array.isArray(obj.edges)) throw badGraph('graph.json needs "nodes" and "edges" arrays.');
  const options = obj.options as Record<string, unknown> | undefined;
  if (options && options.type !== undefined && options.type !== 'directed') {
    throw badGraph(`graph.json holds a ${String(options.type)} graph; threadgraph graphs are directed.`);
  }
  const graph: ThreadGraph = new DirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>();
  try {
    graph.import(data as SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>);
  } catch (e) {
    throw badGraph(`graph.json could not be read as a graph: ${e instanceof Error ? e.message : String(e)}`);
  }
  return graph;
}
