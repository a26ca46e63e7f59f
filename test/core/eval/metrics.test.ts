import { describe, expect, it } from 'vitest';
import {
  addCounts, countLinks, coverage, ircLinkScores, linkScores, prfFromCounts, withSelfLink,
} from '../../../src/core/eval/metrics';

const sets = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('link scores', () => {
  it('counts (comment, parent) pairs over the scored comments only', () => {
    const predicted = sets([['b', ['a']], ['c', ['a', 'b']], ['d', ['a']], ['x', ['a']]]);
    const gold = sets([['b', ['a']], ['c', ['b']], ['d', ['c']]]);
    // scored b, c, d: predicted 4 links (b→a, c→a, c→b, d→a), gold 3, matched 2 (b→a, c→b).
    const s = linkScores(predicted, gold, ['b', 'c', 'd']);
    expect([s.matched, s.predicted, s.gold]).toEqual([2, 4, 3]);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('gives 0, not NaN, when nothing is predicted or nothing is gold', () => {
    expect(prfFromCounts({ matched: 0, predicted: 0, gold: 3 })).toMatchObject({ precision: 0, recall: 0, f: 0 });
    expect(prfFromCounts({ matched: 0, predicted: 2, gold: 0 })).toMatchObject({ precision: 0, recall: 0, f: 0 });
  });

  it('sums counts before dividing (micro-average)', () => {
    const a = { matched: 1, predicted: 1, gold: 1 };
    const b = { matched: 0, predicted: 3, gold: 3 };
    expect(prfFromCounts(addCounts(a, b)).precision).toBeCloseTo(0.25);
  });

  it('scores participants the same way', () => {
    const predicted = sets([['c2', ['ann']], ['c3', ['ann', 'bo']]]);
    const gold = sets([['c2', ['ann']], ['c3', ['cy']]]);
    expect(countLinks(predicted, gold, ['c2', 'c3'])).toEqual({ matched: 1, predicted: 3, gold: 2 });
  });

  it('coverage is the share of items with any prediction', () => {
    const predicted = sets([['a', []], ['b', ['a']]]);
    expect(coverage(predicted, ['a', 'b', 'c', 'd'])).toEqual({ covered: 1, total: 4, share: 0.25 });
  });
});

describe('IRC scoring (Kummerfeld et al. 2019)', () => {
  it('turns a message with no predicted parent into a self-link', () => {
    expect([...withSelfLink(5, undefined)]).toEqual([5]);
    expect([...withSelfLink(5, new Set<number>())]).toEqual([5]);
    expect([...withSelfLink(5, new Set([3]))]).toEqual([3]);
  });

  it('counts self-links as links on both sides', () => {
    // gold: 1000 new conversation, 1001 → 1000, 1002 → {999, 1001} (two links), 1003 new.
    const gold = new Map([[1000, new Set([1000])], [1001, new Set([1000])], [1002, new Set([999, 1001])], [1003, new Set([1003])]]);
    // predicted: nothing for 1000 (self: right), 1001 → 1000 (right), 1002 → 1000 (wrong),
    // nothing for 1003 (self: right). Predicted links 4, gold links 5, matched 3.
    const predicted = new Map([[1001, new Set([1000])], [1002, new Set([1000])]]);
    const s = ircLinkScores(predicted, gold, [1000, 1001, 1002, 1003]);
    expect([s.matched, s.predicted, s.gold]).toEqual([3, 4, 5]);
    expect(s.precision).toBeCloseTo(0.75);
    expect(s.recall).toBeCloseTo(0.6);
  });

  it('a wrong prediction on a new-conversation message loses the self-link', () => {
    const gold = new Map([[1000, new Set([1000])]]);
    const s = ircLinkScores(new Map([[1000, new Set([998])]]), gold, [1000]);
    expect([s.matched, s.predicted, s.gold]).toEqual([0, 1, 1]);
  });
});
