import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { toGraphml } from '../../../src/core/export/graphml';
import { hostileReplies, hostileThread, sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';
import { childrenNamed, find, parseXml } from './xmlCheck';
import type { XmlElement } from './xmlCheck';

describe('toGraphml', () => {
  const graph = buildGraph(sampleThread, sampleReplies);
  const graphml = toGraphml(graph, { title: 'Bike lanes on Elm Street' });
  const root = parseXml(graphml);
  const g = find(root, 'graph')!;
  const keys = childrenNamed(root, 'key');
  /** An element's data by attribute name (through the declared keys). */
  const dataOf = (el: XmlElement): Record<string, string> => {
    const names = new Map(keys.map((k) => [k.attrs.id!, k.attrs['attr.name']!]));
    return Object.fromEntries(childrenNamed(el, 'data').map((d) => [names.get(d.attrs.key!)!, d.text]));
  };

  it('is a well-formed GraphML document with a directed graph', () => {
    expect(graphml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('graphml');
    expect(root.attrs.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(g.attrs.edgedefault).toBe('directed');
    expect(find(g, 'desc')!.text).toBe('Bike lanes on Elm Street');
  });

  it('declares a typed key for every node and edge attribute, before the graph', () => {
    expect(root.children.findIndex((c) => c.name === 'graph')).toBe(keys.length);
    const declared = (domain: string) => keys.filter((k) => k.attrs.for === domain).map((k) => `${k.attrs['attr.name']}:${k.attrs['attr.type']}`);
    expect(declared('node')).toEqual([
      'label:string', 'comments:int', 'words:int', 'first_timestamp:string', 'last_timestamp:string',
      'in_weight:double', 'out_weight:double', 'community:int', 'x:double', 'y:double', 'size:double',
    ]);
    expect(declared('edge')).toEqual([
      'weight:double', 'explicit:int', 'salutation:int', 'mention:int', 'quote:int', 'reference:int',
      'adjacency:int', 'mean_confidence:double', 'comment_ids:string',
    ]);
    expect(new Set(keys.map((k) => k.attrs.id)).size).toBe(keys.length);
  });

  it('writes every node with its label, metrics, position and size', () => {
    const nodes = childrenNamed(g, 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(graph.nodes());
    const mara = dataOf(nodes[0]!);
    expect(mara).toMatchObject({
      label: 'Mara Lind', comments: '2', words: '41', first_timestamp: '2021-03-04T09:15:00Z', last_timestamp: '2021-03-04T10:02:00Z',
      in_weight: '4', out_weight: '1', community: '0',
    });
    expect(Number(mara.x)).toBe(graph.getNodeAttribute('mara-lind', 'x'));
    expect(Number(mara.y)).toBe(graph.getNodeAttribute('mara-lind', 'y'));
    expect(Number(mara.size)).toBeCloseTo(4 + 3 * Math.sqrt(2), 3);
    // Undated comments: no timestamp data rather than empty data.
    expect(dataOf(nodes[4]!)).not.toHaveProperty('first_timestamp');
  });

  it('writes every edge with its ends, weight, per-signal counts and comment ids', () => {
    const edges = childrenNamed(g, 'edge');
    expect(edges.map((e) => [e.attrs.source, e.attrs.target])).toEqual(graph.edges().map((e) => graph.extremities(e)));
    const e = edges.find((x) => x.attrs.id === 'tomas-berg->mara-lind')!;
    expect(dataOf(e)).toMatchObject({ weight: '2', salutation: '1', mention: '1', quote: '0', comment_ids: 'c2 c5' });
    expect(Number(dataOf(e).mean_confidence)).toBeCloseTo(0.85, 10);
  });

  it('is deterministic', () => {
    expect(toGraphml(buildGraph(sampleThread, sampleReplies), { title: 'Bike lanes on Elm Street' })).toBe(graphml);
  });

  it('escapes markup characters and drops characters XML cannot hold', () => {
    const hostile = buildGraph(hostileThread, hostileReplies);
    const doc = parseXml(toGraphml(hostile, { title: 'Q&A <live>' }));
    const names = new Map(childrenNamed(doc, 'key').map((k) => [k.attrs.id!, k.attrs['attr.name']!]));
    const labels = childrenNamed(find(doc, 'graph'), 'node').map((n) => childrenNamed(n, 'data').find((d) => names.get(d.attrs.key!) === 'label')!.text);
    expect(labels).toEqual(['Dee "the <Deal>" & Co', 'Anne']);
    expect(find(doc, 'desc')!.text).toBe('Q&A <live>');
  });
});
