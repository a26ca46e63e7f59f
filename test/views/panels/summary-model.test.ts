import { describe, expect, it } from 'vitest';
import { signalCounts, summaryParts } from '../../../src/views/panels/summary-model';
import { initialState } from '../../../src/store/state';
import { seedStore } from './seed-state';

describe('summary and signal counts', () => {
  it('gives the summary line and source label, nothing while empty', () => {
    expect(summaryParts(initialState())).toBeNull();
    expect(summaryParts(seedStore().getState())).toEqual({
      line: '11 participants · 25 comments · 25 replies', source: 'Blog interview, 25 comments (page text)',
    });
  });

  it('counts replies per signal whatever signals are switched on', () => {
    const store = seedStore();
    expect(signalCounts(store.getState())).toEqual({ explicit: 0, salutation: 23, mention: 0, quote: 2, reference: 0, adjacency: 0 });
    store.dispatch({ type: 'view/toggleSignal', signal: 'salutation' });
    expect(signalCounts(store.getState()).salutation).toBe(23);
    // Replies that also had other evidence stay, recombined from that evidence alone.
    const left = store.getState().data!.replies.filter((r) => r.support.some((e) => e.signal !== 'salutation' && e.confidence >= 0.5)).length;
    expect(left).toBeGreaterThan(3);
    expect(summaryParts(store.getState())!.line).toBe(`11 participants · 25 comments · ${left} replies`);
  });

  it('follows the confidence floor and the time window', () => {
    const store = seedStore();
    store.dispatch({ type: 'view/minConfidence', value: 0.99 });
    const high = signalCounts(store.getState());
    expect(high.salutation).toBeLessThan(23);
    expect(high.salutation).toBeGreaterThan(0);
    store.dispatch({ type: 'view/minConfidence', value: 0 });
    store.dispatch({ type: 'view/timeWindow', window: [1, 5] });
    const early = signalCounts(store.getState());
    const total = Object.values(early).reduce((a, b) => a + b, 0);
    const expected = store.getState().data!.replies.filter((r) => r.commentIndex <= 5 && r.source !== r.target).length;
    expect(total).toBe(expected);
    expect(signalCounts(initialState()).quote).toBe(0);
  });
});
