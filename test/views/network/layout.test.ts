import { describe, expect, it } from 'vitest';
import { buildGraph, DEFAULT_SIGNALS } from '../../../src/core/graph/build';
import { visibleGraph } from '../../../src/store/derived';
import { createLayoutGraph, defaultFilterGraph, isDefaultFilter } from '../../../src/views/network/layout-graph';
import { BARNES_HUT_FROM, MAX_DRAWING_SHARE, SETTLED_STEP, layoutPlan, readPositions, refreshDelay, relativeStep, stopReason } from '../../../src/views/network/layout-plan';
import { sizeDependentSettings } from '../../../src/views/network/render-settings';
import { fixtureState } from './fixture-thread';

describe('layout plan', () => {
  it('uses Barnes-Hut from 500 nodes up and a bounded number of iterations', () => {
    expect(layoutPlan(11).settings.barnesHutOptimize).toBe(false);
    expect(layoutPlan(BARNES_HUT_FROM).settings.barnesHutOptimize).toBe(true);
    expect(layoutPlan(2000).settings.barnesHutOptimize).toBe(true);
    expect(layoutPlan(11).settings.strongGravityMode).toBe(true);
    for (const n of [2, 100, 1000, 20000]) {
      const p = layoutPlan(n);
      expect(p.maxIterations).toBeGreaterThan(0);
      expect(p.refreshMs).toBeGreaterThanOrEqual(100);
      expect(p.timeBudgetMs).toBeLessThanOrEqual(10_000);
    }
  });

  it('measures movement per iteration relative to the layout extent', () => {
    const before = new Float64Array([0, 0, 10, 0]);
    const after = new Float64Array([0, 0, 10, 0]);
    expect(relativeStep(before, after, 5)).toBe(0);
    const moved = new Float64Array([0, 1, 10, 1]);
    // Both nodes moved 1 in 2 iterations; extent (diagonal) is 10.
    expect(relativeStep(before, moved, 2)).toBeCloseTo(0.05);
    expect(relativeStep(before, moved, 0)).toBe(0);
  });

  it('stops on the iteration budget, the time budget, or once settled', () => {
    const plan = layoutPlan(50);
    expect(stopReason(plan, plan.maxIterations, 0, null)).toBe('iterations');
    expect(stopReason(plan, 5, plan.timeBudgetMs, null)).toBe('time');
    expect(stopReason(plan, 50, 100, SETTLED_STEP / 2)).toBe('settled');
    expect(stopReason(plan, 5, 100, SETTLED_STEP / 2)).toBeNull(); // too early to judge
    expect(stopReason(plan, 50, 100, SETTLED_STEP * 2)).toBeNull();
  });

  it('refreshes the picture less often when frames are expensive', () => {
    const plan = layoutPlan(2000);
    expect(refreshDelay(plan, 0)).toBe(plan.refreshMs);
    expect(refreshDelay(plan, 20)).toBe(plan.refreshMs);
    expect(refreshDelay(plan, 600)).toBe(600 / MAX_DRAWING_SHARE);
    expect(refreshDelay(plan, Number.NaN)).toBe(plan.refreshMs);
  });

  it('reads positions in node order', () => {
    const g = createLayoutGraph(visibleGraph(fixtureState())!);
    const p = readPositions(g);
    expect(p.length).toBe(2 * g.order);
    expect(p[0]).toBe(g.getNodeAttribute(g.nodes()[0]!, 'x'));
  });
});

describe('layout graph', () => {
  it('recognises the default filter', () => {
    expect(isDefaultFilter(fixtureState().view)).toBe(true);
    expect(isDefaultFilter(fixtureState({ minConfidence: 0.7 }).view)).toBe(false);
    expect(isDefaultFilter(fixtureState({ timeWindow: [2, 5] }).view)).toBe(false);
    expect(isDefaultFilter(fixtureState({ signals: ['explicit'] }).view)).toBe(false);
  });

  it('starts from the positions of the default-filter graph whatever the current filter', () => {
    const state = fixtureState();
    const reference = buildGraph(state.data!.thread, state.data!.replies, { minConfidence: 0.5, signals: DEFAULT_SIGNALS });
    const strict = defaultFilterGraph(fixtureState({ minConfidence: 0.95, timeWindow: [2, 4] }))!;
    const layout = createLayoutGraph(strict);
    expect(layout.size).toBe(reference.size);
    reference.forEachNode((id, a) => expect(layout.getNodeAttributes(id)).toEqual({ x: a.x, y: a.y, label: a.label }));
    reference.forEachEdge((key, a) => expect(layout.getEdgeAttribute(key, 'weight')).toBe(a.weight));
    // At the default filter the memoised visible graph is reused rather than rebuilt.
    expect(defaultFilterGraph(state)).toBe(visibleGraph(state));
  });
});

describe('size-dependent renderer settings', () => {
  it('labels everything on small networks and thins labels out as networks grow', () => {
    const small = sizeDependentSettings(11, 17);
    const big = sizeDependentSettings(2000, 6000);
    expect(small.labelRenderedSizeThreshold).toBe(0);
    expect(big.labelDensity).toBeLessThan(small.labelDensity);
    expect(big.labelRenderedSizeThreshold).toBeGreaterThan(0);
    expect(big.hideLabelsOnMove).toBe(true);
    expect(big.hideEdgesOnMove).toBe(true);
    expect(small.hideEdgesOnMove).toBe(false);
  });
});
