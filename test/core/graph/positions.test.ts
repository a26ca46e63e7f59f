import { describe, expect, it } from 'vitest';
import { DirectedGraph } from 'graphology';
import { defaultLayoutIterations, initialPositions, refineLayout } from '../../../src/core/graph/positions';

describe('initialPositions', () => {
  const ids = Array.from({ length: 60 }, (_, i) => `p${i}`);
  // Three communities of 30, 20 and 10 members, interleaved in participant order.
  const community = ids.map((_id, i) => (i % 6 < 3 ? 0 : i % 6 < 5 ? 1 : 2));

  it('is the same for the same input and seed, and changes with the seed', () => {
    const a = initialPositions(ids, community, 1);
    expect([...initialPositions(ids, community, 1)]).toEqual([...a]);
    expect([...initialPositions(ids, community, 2)]).not.toEqual([...a]);
  });

  it('gives every node its own spot', () => {
    const spots = new Set(initialPositions(ids, community).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(ids.length);
  });

  it('keeps members of a community closer to each other than to other communities', () => {
    const pos = initialPositions(ids, community);
    let inside = 0;
    let insideCount = 0;
    let across = 0;
    let acrossCount = 0;
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const pa = pos[a]!;
        const pb = pos[b]!;
        const d = Math.hypot(pa.x - pb.x, pa.y - pb.y);
        if (community[a] === community[b]) {
          inside += d;
          insideCount++;
        } else {
          across += d;
          acrossCount++;
        }
      }
    }
    expect(inside / insideCount).toBeLessThan((across / acrossCount) * 0.8);
  });
});

describe('refineLayout', () => {
  it('moves nodes deterministically and keeps them finite', () => {
    const make = () => {
      const g = new DirectedGraph();
      ['a', 'b', 'c', 'd'].forEach((n, i) => g.addNode(n, { x: i * 10, y: (i % 2) * 10 }));
      g.addEdgeWithKey('ab', 'a', 'b', { weight: 3 });
      g.addEdgeWithKey('cd', 'c', 'd', { weight: 1 });
      g.addEdgeWithKey('bc', 'b', 'c', { weight: 1 });
      return g;
    };
    const one = make();
    const two = make();
    refineLayout(one, 30);
    refineLayout(two, 30);
    expect(one.export()).toEqual(two.export());
    expect(one.getNodeAttribute('a', 'x')).not.toBe(0);
    one.forEachNode((_n, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });

  it('runs fewer default iterations on bigger graphs and none on very big ones', () => {
    expect(defaultLayoutIterations(1)).toBe(0);
    expect(defaultLayoutIterations(50)).toBe(100);
    expect(defaultLayoutIterations(1000)).toBeLessThan(defaultLayoutIterations(500));
    expect(defaultLayoutIterations(1000)).toBeGreaterThan(0);
    expect(defaultLayoutIterations(20000)).toBe(0);
  });
});
