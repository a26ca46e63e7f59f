import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../../src/store/derived';
import type { AppState } from '../../../src/store/state';
import { activeParticipants } from '../../../src/views/network/active-participants';
import { copyPositions, createDisplayGraph, syncDisplayGraph } from '../../../src/views/network/display-graph';
import { createLayoutGraph, defaultFilterGraph } from '../../../src/views/network/layout-graph';
import { encodeNodes } from '../../../src/views/network/node-encoding';
import { edgeColor, fadedColor } from '../../../src/views/network/palette';
import { fixtureState } from './fixture-thread';

function sync(display: ReturnType<typeof createDisplayGraph>, state: AppState) {
  const visible = visibleGraph(state)!;
  const enc = encodeNodes(visible, state.view.sizeBy, state.view.colorBy);
  return { visible, enc, stats: syncDisplayGraph(display, visible, enc, activeParticipants(state.data!.thread, state.view.timeWindow)) };
}

function positions(display: ReturnType<typeof createDisplayGraph>): string {
  return display.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join(' ');
}

describe('display graph', () => {
  const base = fixtureState();
  const layout = createLayoutGraph(defaultFilterGraph(base)!);

  it('starts every participant at the default-filter layout position', () => {
    const display = createDisplayGraph(layout);
    const source = visibleGraph(base)!;
    expect(display.order).toBe(source.order);
    source.forEachNode((id, a) => {
      expect(display.getNodeAttributes(id)).toMatchObject({ x: a.x, y: a.y, label: a.label });
    });
  });

  it('mirrors the visible edges, with reciprocal pairs curved and one-way edges straight', () => {
    const display = createDisplayGraph(layout);
    const { visible, stats } = sync(display, base);
    expect(stats).toMatchObject({ nodes: visible.order, edges: visible.size, minWeight: 1, maxWeight: 2 });
    expect(display.getEdgeAttributes('bo-lind->ada-moss')).toMatchObject({ type: 'curved', weight: 2 });
    expect(display.getEdgeAttributes('ada-moss->bo-lind')).toMatchObject({ type: 'curved', weight: 1 });
    expect(display.getEdgeAttributes('cai-ferro->ada-moss')).toMatchObject({ type: 'arrow', curvature: 0 });
    // Heavier edge, thicker line; edges take their source's colour.
    expect(display.getEdgeAttribute('bo-lind->ada-moss', 'size')).toBeGreaterThan(display.getEdgeAttribute('ada-moss->bo-lind', 'size'));
    expect(display.getEdgeAttribute('cai-ferro->ada-moss', 'color')).toBe(edgeColor(display.getNodeAttribute('cai-ferro', 'color')));
  });

  it('changes edges, sizes and colours on a filter change but keeps positions', () => {
    const display = createDisplayGraph(layout);
    sync(display, base);
    const before = positions(display);
    const strict = sync(display, fixtureState({ minConfidence: 0.9 }));
    expect(positions(display)).toBe(before);
    expect(display.hasEdge('cai-ferro->ada-moss')).toBe(false); // confidence 0.6
    expect(display.hasEdge('elin-voss->ada-moss')).toBe(false); // confidence 0.7
    expect(strict.stats.edges).toBe(strict.visible.size);
    // A→E lost its reverse, so it is straight now.
    expect(display.getEdgeAttribute('ada-moss->elin-voss', 'type')).toBe('arrow');
    // Adjacency on, floor lowered: the weak adjacency reply appears, and D↔C becomes a curved pair.
    sync(display, fixtureState({ minConfidence: 0.3, signals: ['explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency'] }));
    expect(display.getEdgeAttribute('cai-ferro->dara-holt', 'type')).toBe('curved');
    expect(display.getEdgeAttribute('dara-holt->cai-ferro', 'type')).toBe('curved');
    expect(positions(display)).toBe(before);
  });

  it('draws participants silent in the time window pale', () => {
    const display = createDisplayGraph(layout);
    const { enc } = sync(display, fixtureState({ timeWindow: [1, 3] }));
    expect(display.getNodeAttribute('ada-moss', 'color')).toBe(enc.colors.get('ada-moss'));
    expect(display.getNodeAttribute('dara-holt', 'color')).toBe(fadedColor(enc.colors.get('dara-holt')!));
  });

  it('takes new positions from the layout graph', () => {
    const display = createDisplayGraph(layout);
    const moved = layout.copy();
    moved.updateEachNodeAttributes((_n, a) => ({ ...a, x: a.x + 100 }));
    copyPositions(moved, display);
    moved.forEachNode((id, a) => expect(display.getNodeAttribute(id, 'x')).toBe(a.x));
  });
});

describe('active participants', () => {
  it('lists authors inside the window, none without a window', () => {
    const { thread } = fixtureState().data!;
    expect(activeParticipants(thread, null)).toBeNull();
    expect([...activeParticipants(thread, [4, 6])!].sort()).toEqual(['bo-lind', 'cai-ferro', 'dara-holt']);
  });
});
