/**
 * GraphML export of the reply graph, for tools that read GraphML rather than GEXF (Cytoscape,
 * yEd, igraph, NetworkX; Gephi reads both): a directed graph whose nodes carry label, the
 * participant metrics, x, y and size, and whose edges carry weight and the per-signal counts,
 * each declared as a typed key. Deterministic; text XML-escaped.
 */
import type { ThreadGraph } from '../graph/build';
import { type Column, type ColumnType, EDGE_COLUMNS, NODE_COLUMNS } from './graph-columns';
import { escapeXml, numberText } from './xml-text';

export interface GraphmlMeta {
  /** Written as the graph's desc. */
  title?: string;
}

const GRAPHML_TYPE: Record<ColumnType, string> = { integer: 'int', double: 'double', string: 'string' };

interface Key<A> extends Column<A> {
  /** The key's id in the document: n_ or e_ before the attribute's name. */
  key: string;
}

function keysFor<A>(prefix: 'n' | 'e', columns: Column<A>[]): Key<A>[] {
  return columns.map((c) => ({ ...c, key: `${prefix}_${c.id}` }));
}

const NODE_KEYS = keysFor('n', [
  { id: 'label', type: 'string', value: (a) => a.label },
  ...NODE_COLUMNS,
  { id: 'x', type: 'double', value: (a) => a.x },
  { id: 'y', type: 'double', value: (a) => a.y },
  { id: 'size', type: 'double', value: (a) => a.size },
]);
const EDGE_KEYS = keysFor('e', [{ id: 'weight', type: 'double', value: (a) => a.weight }, ...EDGE_COLUMNS]);

function declarations<A>(domain: 'node' | 'edge', keys: Key<A>[]): string[] {
  return keys.map((k) => `  <key id="${k.key}" for="${domain}" attr.name="${k.id}" attr.type="${GRAPHML_TYPE[k.type]}"/>`);
}

function data<A>(keys: Key<A>[], attrs: A): string[] {
  const lines: string[] = [];
  for (const k of keys) {
    const v = k.value(attrs);
    if (v === undefined) continue;
    lines.push(`      <data key="${k.key}">${typeof v === 'number' ? numberText(v) : escapeXml(v)}</data>`);
  }
  return lines;
}

/** The graph as a GraphML document (UTF-8, `\n` line ends, trailing newline). */
export function toGraphml(graph: ThreadGraph, meta: GraphmlMeta = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
      + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...declarations('node', NODE_KEYS),
    ...declarations('edge', EDGE_KEYS),
    '  <graph id="replies" edgedefault="directed">',
  ];
  if (meta.title !== undefined) out.push(`    <desc>${escapeXml(meta.title)}</desc>`);
  graph.forEachNode((id, a) => {
    out.push(`    <node id="${escapeXml(id)}">`, ...data(NODE_KEYS, a), '    </node>');
  });
  graph.forEachEdge((key, a, source, target) => {
    out.push(`    <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}">`, ...data(EDGE_KEYS, a), '    </edge>');
  });
  out.push('  </graph>', '</graphml>');
  return out.join('\n') + '\n';
}
