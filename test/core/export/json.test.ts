import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../../src/core/graph/build';
import { fromGraphJson, toGraphJson } from '../../../src/core/export/json';
import { InputError } from '../../../src/core/errors';
import { sampleReplies, sampleThread } from '../../fixtures/graph/sampleThread';

describe('graph.json', () => {
  const graph = buildGraph(sampleThread, sampleReplies);
  const json = toGraphJson(graph);

  it('round-trips: restoring and writing again gives the same text and graph', () => {
    const restored = fromGraphJson(json);
    expect(toGraphJson(restored)).toBe(json);
    expect(restored.order).toBe(5);
    expect(restored.size).toBe(4);
    expect(restored.getEdgeAttributes('tomas-berg->mara-lind')).toEqual(graph.getEdgeAttributes('tomas-berg->mara-lind'));
    expect(restored.getNodeAttributes('jonas-weber')).toEqual(graph.getNodeAttributes('jonas-weber'));
    expect(restored.getAttributes()).toEqual(graph.getAttributes());
    expect(restored.type).toBe('directed');
  });

  it('has a fixed key order whatever order attributes were set in', () => {
    const data = JSON.parse(json);
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    const nodeKeys = Object.keys(data.nodes[0].attributes);
    expect(nodeKeys).toEqual([...nodeKeys].sort());
    const shuffled = buildGraph(sampleThread, sampleReplies);
    shuffled.updateEachNodeAttributes((_n, a) => {
      const { x, label, ...rest } = a;
      return { ...rest, label, x };
    });
    expect(toGraphJson(shuffled)).toBe(json);
  });

  it('is identical for two builds of the same thread', () => {
    expect(toGraphJson(buildGraph(sampleThread, [...sampleReplies].reverse()))).toBe(json);
  });

  it('rejects text that is not a threadgraph graph with an InputError', () => {
    expect(() => fromGraphJson('{"nodes": [')).toThrow(InputError);
    expect(() => fromGraphJson('[1, 2]')).toThrow(/must hold an object/);
    expect(() => fromGraphJson('{"nodes": []}')).toThrow(/"edges"/);
    expect(() => fromGraphJson('{"options": {"type": "undirected"}, "nodes": [], "edges": []}')).toThrow(/directed/);
    expect(() => fromGraphJson('{"nodes": [{"key": "a"}], "edges": [{"key": "e", "source": "a", "target": "zz"}]}')).toThrow(InputError);
  });
});
