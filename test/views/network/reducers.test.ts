import { describe, expect, it } from 'vitest';
import type { Focus } from '../../../src/views/network/focus';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR } from '../../../src/views/network/palette';
import { createReducers, type ReducedEdge } from '../../../src/views/network/reducers';

const edge = (): ReducedEdge => ({ color: '#ccc', size: 1 });

const focus: Focus = { nodes: new Set(['a', 'b']), edges: new Set(['a->b']), marked: new Set(['a']), labelled: new Set(['a']) };

function node() {
  return { x: 0, y: 0, color: '#4e79a7', label: 'Name', size: 5 } as { x: number; y: number; color: string; label: string | null; size: number; highlighted?: boolean; forceLabel?: boolean; zIndex?: number };
}

describe('reducers', () => {
  it('leave everything as it is without a focus, returning the same object', () => {
    const { nodeReducer, edgeReducer } = createReducers(() => null);
    const n = node();
    expect(nodeReducer('a', n)).toBe(n);
    expect(n).toEqual(node());
    const e = { color: '#ccc', size: 1 };
    expect(edgeReducer('a->b', e)).toBe(e);
    expect(e).toEqual({ color: '#ccc', size: 1 });
  });

  it('highlight the marked node, keep neighbours in colour and dim the rest in place', () => {
    const { nodeReducer, edgeReducer } = createReducers(() => focus);
    const a = nodeReducer('a', node());
    expect(a).toMatchObject({ color: '#4e79a7', highlighted: true, forceLabel: true, zIndex: 2 });
    const b = nodeReducer('b', node());
    expect(b).toMatchObject({ color: '#4e79a7', zIndex: 2 });
    expect(b.highlighted).toBeUndefined();
    const c = node();
    expect(nodeReducer('c', c)).toBe(c);
    expect(c).toMatchObject({ color: DIM_NODE_COLOR, label: '', zIndex: 0 });
    expect(edgeReducer('a->b', { color: '#ccc', size: 1, focusColor: '#123456' })).toMatchObject({ color: '#123456', zIndex: 1 });
    expect(edgeReducer('a->b', { color: '#ccc', size: 1 })).toMatchObject({ color: '#ccc', zIndex: 1 });
    expect(edgeReducer('b->c', { color: '#ccc', size: 1 })).toMatchObject({ color: DIM_EDGE_COLOR, zIndex: 0 });
    expect(edgeReducer('b->c', edge()).hidden).toBeUndefined();
  });

  it('hide dimmed edges instead of drawing them faint when asked (big networks)', () => {
    const { edgeReducer } = createReducers(() => focus, () => true);
    expect(edgeReducer('b->c', edge())).toMatchObject({ hidden: true });
    expect(edgeReducer('a->b', edge()).hidden).toBeUndefined();
  });
});
