import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { escapeXml, toGexf } from '../../../src/core/export/gexf';
import { hostileReplies, hostileThread, sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';
import { childrenNamed, find, parseXml } from './xmlCheck';
import type { XmlElement } from './xmlCheck';

function attvalues(el: XmlElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of childrenNamed(find(el, 'attvalues'), 'attvalue')) out[v.attrs.for!] = v.attrs.value!;
  return out;
}

describe('the xml checker used below', () => {
  it('rejects broken documents', () => {
    expect(() => parseXml('<a><b></a></b>')).toThrow(/does not match/);
    expect(() => parseXml('<a x="1 & 2"/>')).toThrow(/entity/);
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/forbids/);
    expect(() => parseXml('<a><b/>')).toThrow(/unclosed/);
  });
});

describe('toGexf', () => {
  const graph = buildGraph(sampleThread, sampleReplies);
  const gexf = toGexf(graph, { title: 'Bike lanes on Elm Street' });
  const root = parseXml(gexf);
  const g = find(root, 'graph')!;

  it('is a well-formed GEXF 1.3 document with a directed graph', () => {
    expect(gexf.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.name).toBe('gexf');
    expect(root.attrs).toMatchObject({ xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' });
    expect(g.attrs.defaultedgetype).toBe('directed');
    expect(find(root, 'creator')!.text).toBe('threadgraph');
    expect(find(root, 'description')!.text).toBe('Bike lanes on Elm Street');
  });

  it('declares the node and edge attributes', () => {
    const declared = (cls: string) =>
      childrenNamed(g.children.find((c) => c.name === 'attributes' && c.attrs.class === cls), 'attribute').map((a) => `${a.attrs.id}:${a.attrs.type}`);
    expect(declared('node')).toEqual([
      'comments:integer', 'words:integer', 'first_timestamp:string', 'last_timestamp:string',
      'in_weight:double', 'out_weight:double', 'community:integer',
    ]);
    expect(declared('edge')).toEqual([
      'explicit:integer', 'salutation:integer', 'mention:integer', 'quote:integer', 'reference:integer',
      'adjacency:integer', 'mean_confidence:double', 'comment_ids:string',
    ]);
  });

  it('writes every node with its values, size and position', () => {
    const nodes = childrenNamed(find(g, 'nodes'), 'node');
    expect(nodes.map((n) => n.attrs.id)).toEqual(['mara-lind', 'tomas-berg', 'ines-okafor', 'ruth-almeida', 'jonas-weber']);
    const mara = nodes[0]!;
    expect(mara.attrs.label).toBe('Mara Lind');
    expect(attvalues(mara)).toEqual({
      comments: '2', words: '41', first_timestamp: '2021-03-04T09:15:00Z', last_timestamp: '2021-03-04T10:02:00Z',
      in_weight: '4', out_weight: '1', community: '0',
    });
    expect(Number(find(mara, 'viz:size')!.attrs.value)).toBeCloseTo(4 + 3 * Math.sqrt(2), 3);
    const position = find(mara, 'viz:position')!.attrs;
    expect(Number(position.x)).toBe(graph.getNodeAttribute('mara-lind', 'x'));
    expect(Number(position.y)).toBe(graph.getNodeAttribute('mara-lind', 'y'));
    // Undated comments: no timestamp values rather than empty ones.
    expect(attvalues(nodes[4]!)).not.toHaveProperty('first_timestamp');
  });

  it('writes every edge with weight, per-signal counts and comment ids', () => {
    const edges = childrenNamed(find(g, 'edges'), 'edge');
    expect(edges).toHaveLength(4);
    const e = edges.find((x) => x.attrs.id === 'tomas-berg->mara-lind')!;
    expect(e.attrs).toMatchObject({ source: 'tomas-berg', target: 'mara-lind', weight: '2' });
    expect(attvalues(e)).toMatchObject({ salutation: '1', mention: '1', quote: '0', comment_ids: 'c2 c5' });
    expect(Number(attvalues(e).mean_confidence)).toBeCloseTo(0.85, 10);
  });

  it('is deterministic', () => {
    expect(toGexf(buildGraph(sampleThread, sampleReplies), { title: 'Bike lanes on Elm Street' })).toBe(gexf);
  });
});

describe('toGexf escaping', () => {
  const graph = buildGraph(hostileThread, hostileReplies);

  it('escapes markup characters and drops characters XML cannot hold', () => {
    const gexf = toGexf(graph, { title: 'Q&A <live>', creator: 'me "myself"' });
    const root = parseXml(gexf);
    const labels = childrenNamed(find(root, 'nodes'), 'node').map((n) => n.attrs.label);
    expect(labels).toEqual(['Dee "the <Deal>" & Co', 'Anne']);
    expect(find(root, 'description')!.text).toBe('Q&A <live>');
    expect(find(root, 'creator')!.text).toBe('me "myself"');
  });

  it('escapeXml keeps line breaks as character references', () => {
    expect(escapeXml('a\nb\t<c>')).toBe('a&#10;b&#9;&lt;c&gt;');
  });
});
