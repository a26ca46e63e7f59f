/**
 * GEXF 1.3 export of the reply graph for Gephi: declared node and edge attributes, edge weights,
 * viz:position / viz:size from the layout, directed edges. Output is deterministic (no "now"
 * dates); text is XML-escaped and characters not allowed in XML 1.0 are dropped.
 */
import type { ThreadGraph } from '../graph/build';
import { type Column, EDGE_COLUMNS, NODE_COLUMNS } from './graph-columns';
import { escapeXml, numberText } from './xml-text';

export { escapeXml } from './xml-text';

export interface GexfMeta {
  /** Written as the meta description. */
  title?: string;
  /** Written as the meta creator (default "threadgraph"). */
  creator?: string;
}

function declarations<A>(cls: 'node' | 'edge', columns: Column<A>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...columns.map((c) => `      <attribute id="${c.id}" title="${c.id}" type="${c.type}"/>`),
    '    </attributes>',
  ];
}

function attvalues<A>(columns: Column<A>[], attrs: A, indent: string): string[] {
  const lines: string[] = [];
  for (const c of columns) {
    const v = c.value(attrs);
    if (v === undefined) continue;
    const text = typeof v === 'number' ? numberText(v) : escapeXml(v);
    lines.push(`${indent}  <attvalue for="${c.id}" value="${text}"/>`);
  }
  return lines.length > 0 ? [`${indent}<attvalues>`, ...lines, `${indent}</attvalues>`] : [];
}

/** The graph as a GEXF 1.3 document (UTF-8, `\n` line ends, trailing newline). */
export function toGexf(graph: ThreadGraph, meta: GexfMeta = {}): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
      + 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      + 'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <creator>${escapeXml(meta.creator ?? 'threadgraph')}</creator>`,
  ];
  if (meta.title !== undefined) out.push(`    <description>${escapeXml(meta.title)}</description>`);
  out.push('  </meta>', '  <graph defaultedgetype="directed" mode="static">');
  out.push(...declarations('node', NODE_COLUMNS), ...declarations('edge', EDGE_COLUMNS));

  out.push('    <nodes>');
  graph.forEachNode((id, a) => {
    out.push(`      <node id="${escapeXml(id)}" label="${escapeXml(a.label)}">`);
    out.push(...attvalues(NODE_COLUMNS, a, '        '));
    out.push(`        <viz:size value="${numberText(a.size)}"/>`);
    out.push(`        <viz:position x="${numberText(a.x)}" y="${numberText(a.y)}" z="0"/>`);
    out.push('      </node>');
  });
  out.push('    </nodes>', '    <edges>');
  graph.forEachEdge((key, a, source, target) => {
    out.push(`      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}" `
      + `weight="${numberText(a.weight)}">`);
    out.push(...attvalues(EDGE_COLUMNS, a, '        '));
    out.push('      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return out.join('\n') + '\n';
}
