import { describe, expect, it } from 'vitest';
import { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import modularity from 'graphology-metrics/graph/modularity';
import { detectCommunities, louvainPartition } from '../../../src/core/graph/communities';
import { indexLinks } from '../../../src/core/graph/metrics';
import type { WeightedLink } from '../../../src/core/graph/metrics';
import { mulberry32 } from '../../../src/core/graph/random';

/** Every ordered pair inside a group, weight 1. */
function clique(ids: string[]): WeightedLink[] {
  const links: WeightedLink[] = [];
  for (const a of ids) for (const b of ids) if (a !== b) links.push({ source: a, target: b, weight: 1 });
  return links;
}

function groupsOf(communities: Map<string, number>): string[][] {
  const groups = new Map<number, string[]>();
  for (const [id, c] of communities) groups.set(c, [...(groups.get(c) ?? []), id]);
  return [...groups.values()].map((g) => g.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('detectCommunities', () => {
  const north = ['ana', 'bo', 'cy', 'di'];
  const south = ['eli', 'fay', 'gus', 'hal'];
  // Two tight groups joined by one weak link, plus someone nobody talks to.
  const links = [...clique(north), ...clique(south), { source: 'di', target: 'eli', weight: 1 }];
  const order = ['ana', 'eli', 'bo', 'fay', 'cy', 'gus', 'di', 'hal', 'ivo'];

  it('finds the two groups and gives the isolated person their own community', () => {
    const result = detectCommunities(order, links);
    expect(groupsOf(result)).toEqual([north, south, ['ivo']]);
  });

  it('numbers communities 0..k-1 by first appearance in participant order', () => {
    const result = detectCommunities(order, links);
    expect(order.map((id) => result.get(id))).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 2]);
  });

  it('finds the same groups whatever the participant order', () => {
    const reversed = [...order].reverse();
    expect(groupsOf(detectCommunities(reversed, [...links].reverse()))).toEqual(groupsOf(detectCommunities(order, links)));
  });

  it('is deterministic for the same input and seed', () => {
    const rng = mulberry32(3);
    const ids = Array.from({ length: 300 }, (_, i) => `u${i}`);
    const random: WeightedLink[] = [];
    for (let i = 0; i < 1200; i++) {
      random.push({ source: ids[Math.floor(rng() * 300)]!, target: ids[Math.floor(rng() * 300)]!, weight: 1 + Math.floor(rng() * 3) });
    }
    const a = [...detectCommunities(ids, random, 5)];
    const b = [...detectCommunities(ids, random, 5)];
    expect(b).toEqual(a);
  });

  it('puts everyone in their own community when there are no links', () => {
    expect([...detectCommunities(['x', 'y', 'z'], []).values()]).toEqual([0, 1, 2]);
  });
});

describe('louvainPartition quality', () => {
  it('reaches the modularity of graphology-communities-louvain on a planted-partition graph', () => {
    // 400 people in 8 groups of 50: most replies stay inside a group.
    const rng = mulberry32(11);
    const ids = Array.from({ length: 400 }, (_, i) => `n${i}`);
    const links: WeightedLink[] = [];
    for (let i = 0; i < 4000; i++) {
      const a = Math.floor(rng() * 400);
      const sameGroup = rng() < 0.85;
      const b = sameGroup ? Math.floor(a / 50) * 50 + Math.floor(rng() * 50) : Math.floor(rng() * 400);
      if (a !== b) links.push({ source: ids[a]!, target: ids[b]!, weight: 1 });
    }
    const undirected = new UndirectedGraph<{ community?: number }, { weight: number }>();
    ids.forEach((id) => undirected.addNode(id));
    for (const l of links) {
      const e = undirected.edge(l.source, l.target);
      if (e === undefined) undirected.addEdge(l.source, l.target, { weight: l.weight });
      else undirected.updateEdgeAttribute(e, 'weight', (w) => (w ?? 0) + l.weight);
    }
    const ours = louvainPartition(ids.length, indexLinks(ids, links), 1);
    const mapping: Record<string, number> = {};
    ids.forEach((id, i) => (mapping[id] = ours[i]!));
    const ourQ = modularity(undirected, { getNodeCommunity: (node: string) => mapping[node]!, getEdgeWeight: 'weight' });
    const libQ = louvain.detailed(undirected, { getEdgeWeight: 'weight', rng: mulberry32(1) }).modularity;
    expect(ourQ).toBeGreaterThan(0.6);
    expect(ourQ).toBeGreaterThan(libQ - 0.01);
    // The planted groups are recovered: few people end up outside their group's majority community.
    let misplaced = 0;
    for (let g = 0; g < 8; g++) {
      const counts = new Map<number, number>();
      for (let i = g * 50; i < g * 50 + 50; i++) counts.set(ours[i]!, (counts.get(ours[i]!) ?? 0) + 1);
      misplaced += 50 - Math.max(...counts.values());
    }
    expect(misplaced).toBeLessThan(10);
  });
});
