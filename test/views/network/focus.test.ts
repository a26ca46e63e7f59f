import { DirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { FORCED_LABEL_CAP, focusOf, type FocusInput } from '../../../src/views/network/focus';

function graph() {
  const g = new DirectedGraph();
  for (const n of ['a', 'b', 'c', 'd', 'e']) g.addNode(n);
  g.addDirectedEdgeWithKey('a->b', 'a', 'b');
  g.addDirectedEdgeWithKey('b->a', 'b', 'a');
  g.addDirectedEdgeWithKey('c->a', 'c', 'a');
  g.addDirectedEdgeWithKey('d->c', 'd', 'c');
  return g;
}

function input(extra: Partial<FocusInput>): FocusInput {
  return { hover: null, selection: null, matches: null, commentLinks: () => null, ...extra };
}

const sorted = (s: Set<string>) => [...s].sort();

describe('focus', () => {
  const g = graph();

  it('is empty when nothing is hovered, selected or searched', () => {
    expect(focusOf(g, input({}))).toBeNull();
  });

  it('focuses a participant, their neighbours and their edges', () => {
    const f = focusOf(g, input({ selection: { kind: 'participant', id: 'a' } }))!;
    expect(sorted(f.nodes)).toEqual(['a', 'b', 'c']);
    expect(sorted(f.edges)).toEqual(['a->b', 'b->a', 'c->a']);
    expect(sorted(f.marked)).toEqual(['a']);
    expect(sorted(f.labelled)).toEqual(['a', 'b', 'c']);
  });

  it('lets the hover win over the selection', () => {
    const f = focusOf(g, input({ selection: { kind: 'participant', id: 'a' }, hover: { kind: 'participant', id: 'd' } }))!;
    expect(sorted(f.nodes)).toEqual(['c', 'd']);
    expect(sorted(f.marked)).toEqual(['d']);
  });

  it('focuses an edge and its two ends', () => {
    const f = focusOf(g, input({ selection: { kind: 'edge', source: 'b', target: 'a' } }))!;
    expect(sorted(f.nodes)).toEqual(['a', 'b']);
    expect(sorted(f.edges)).toEqual(['b->a']);
  });

  it('focuses a comment: its author, the people it answers and those edges', () => {
    const f = focusOf(g, input({
      selection: { kind: 'comment', id: 'c7' },
      commentLinks: (id) => (id === 'c7' ? { author: 'd', targets: ['c', 'e'] } : null),
    }))!;
    expect(sorted(f.nodes)).toEqual(['c', 'd', 'e']);
    expect(sorted(f.edges)).toEqual(['d->c']);
    expect(sorted(f.marked)).toEqual(['d']);
  });

  it('focuses search matches and the links between them', () => {
    const f = focusOf(g, input({ matches: new Set(['a', 'c', 'zz']) }))!;
    expect(sorted(f.nodes)).toEqual(['a', 'c']);
    expect(sorted(f.edges)).toEqual(['c->a']);
    const none = focusOf(g, input({ matches: new Set() }))!;
    expect(none.nodes.size).toBe(0);
  });

  it('ignores selections naming nodes the graph does not have', () => {
    const f = focusOf(g, input({ selection: { kind: 'participant', id: 'ghost' } }))!;
    expect(f.nodes.size).toBe(0);
  });

  it('caps forced labels, marked nodes first', () => {
    const big = new DirectedGraph();
    big.addNode('hub');
    for (let i = 0; i < 100; i++) {
      big.addNode(`n${i}`);
      big.addDirectedEdge('hub', `n${i}`);
    }
    const f = focusOf(big, input({ selection: { kind: 'participant', id: 'hub' } }))!;
    expect(f.nodes.size).toBe(101);
    expect(f.labelled.size).toBe(FORCED_LABEL_CAP);
    expect(f.labelled.has('hub')).toBe(true);
  });
});

describe('focus labels', () => {
  it('labels the largest neighbours first when there are too many', () => {
    const big = new DirectedGraph();
    big.addNode('hub');
    for (let i = 0; i < 100; i++) {
      big.addNode(`n${i}`);
      big.addDirectedEdge(`n${i}`, 'hub');
    }
    const f = focusOf(big, input({ hover: { kind: 'participant', id: 'hub' }, rank: (id) => (id === 'hub' ? 0 : Number(id.slice(1))) }))!;
    expect(f.labelled.has('hub')).toBe(true);
    expect(f.labelled.has('n99')).toBe(true);
    expect(f.labelled.has('n0')).toBe(false);
    expect([...f.labelled].filter((id) => id !== 'hub').every((id) => Number(id.slice(1)) >= 100 - FORCED_LABEL_CAP + 1)).toBe(true);
  });
});
