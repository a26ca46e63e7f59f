import { describe, expect, it } from 'vitest';
import { visibleGraph } from '../../../src/store/derived';
import { communityGroups, encodeNodes } from '../../../src/views/network/node-encoding';
import { CATEGORICAL_PALETTE, OTHER_COMMUNITY_COLOR, SEQUENTIAL_STOPS } from '../../../src/views/network/palette';
import { nodeSizeRange } from '../../../src/views/network/scales';
import { replyRank } from '../../../src/core/graph/centrality';
import { fixtureState } from './fixture-thread';

function member(id: string, community: number, comments = 1) {
  return { id, community, comments, label: id.toUpperCase() };
}

describe('community colours', () => {
  it('ranks communities by size, ties by number, and names each by its most active member', () => {
    const { groups, colorOf } = communityGroups([
      member('a', 3, 1), member('b', 3, 5), member('c', 1), member('d', 1), member('e', 2), member('f', 2), member('g', 2),
    ]);
    expect(groups.map((g) => [g.community, g.members])).toEqual([[2, 3], [1, 2], [3, 2]]);
    expect(groups.map((g) => g.color)).toEqual(CATEGORICAL_PALETTE.slice(0, 3));
    expect(groups[2]!.lead).toBe('B');
    expect(colorOf.get(2)).toBe(CATEGORICAL_PALETTE[0]);
  });

  it('gives one-person communities and those past the palette the neutral colour', () => {
    const members = [member('solo', 99)];
    for (let c = 0; c < 12; c++) members.push(member(`x${c}`, c), member(`y${c}`, c));
    const { groups, other, colorOf } = communityGroups(members, CATEGORICAL_PALETTE);
    expect(groups).toHaveLength(CATEGORICAL_PALETTE.length);
    expect(other).toEqual({ communities: 3, members: 5 });
    expect(colorOf.get(99)).toBe(OTHER_COMMUNITY_COLOR);
    expect(colorOf.get(11)).toBe(OTHER_COMMUNITY_COLOR);
  });
});

describe('node encoding', () => {
  const graph = visibleGraph(fixtureState())!;

  it('sizes nodes by the chosen metric within the pixel range', () => {
    const enc = encodeNodes(graph, 'comments', 'community');
    const range = nodeSizeRange(graph.order);
    expect(enc.size).toMatchObject({ metric: 'comments', min: 1, max: 3, range });
    // The participant with the most comments is the biggest.
    expect(enc.sizes.get('ada-moss')).toBe(range.max);
    expect(enc.sizes.get('finn-oak')!).toBeLessThan(enc.sizes.get('bo-lind')!);
    const byDegree = encodeNodes(graph, 'degree', 'community');
    expect(byDegree.sizes.get('finn-oak')).toBe(range.min);
  });

  it('colours by community: members of one community share a palette colour', () => {
    const enc = encodeNodes(graph, 'comments', 'community');
    expect(enc.color.kind).toBe('community');
    const community = (id: string) => graph.getNodeAttribute(id, 'community');
    graph.forEachNode((a) => graph.forEachNode((b) => {
      if (community(a) === community(b)) expect(enc.colors.get(a)).toBe(enc.colors.get(b));
    }));
    // The participant nobody links with is a one-person community: neutral colour.
    expect(enc.colors.get('finn-oak')).toBe(OTHER_COMMUNITY_COLOR);
  });

  it('colours by a metric on the sequential scale, darkest for the largest value', () => {
    const enc = encodeNodes(graph, 'comments', 'inWeight');
    expect(enc.color).toEqual({ kind: 'metric', metric: 'inWeight', min: 0, max: 4 });
    expect(enc.colors.get('ada-moss')).toBe(SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]);
    expect(enc.colors.get('finn-oak')).toBe(SEQUENTIAL_STOPS[0]);
  });

  it('sizes and colours by reply rank, the graph\'s PageRank in percent', () => {
    const enc = encodeNodes(graph, 'replyRank', 'replyRank');
    const rank = replyRank(graph);
    const top = [...rank].sort((a, b) => b[1] - a[1])[0]!;
    expect(enc.size.metric).toBe('replyRank');
    expect(enc.size.max).toBeCloseTo(top[1], 10);
    expect(enc.sizes.get(top[0])).toBe(nodeSizeRange(graph.order).max);
    expect(enc.colors.get(top[0])).toBe(SEQUENTIAL_STOPS[SEQUENTIAL_STOPS.length - 1]);
    // Larger rank, larger node.
    const ids = graph.nodes().sort((a, b) => rank.get(a)! - rank.get(b)!);
    for (let i = 1; i < ids.length; i++) expect(enc.sizes.get(ids[i]!)!).toBeGreaterThanOrEqual(enc.sizes.get(ids[i - 1]!)!);
  });
});
