/**
 * What each participant looks like: radius from the "size by" metric and colour from the
 * "colour by" attribute (a palette colour per community, or a sequential scale for a metric),
 * plus the summary of both encodings that the legend, the caption and the PNG export describe.
 *
 * Communities are ranked by member count (ties: lower community number first); the largest
 * ones with at least two members get the palette colours in rank order, everybody else shares
 * one neutral colour, so a thread with hundreds of one-person "communities" stays readable.
 */
import type { NodeAttributes, ThreadGraph } from '../../core/graph/build';
import type { ColorAttribute, NodeMetric } from '../../store/state';
import { CATEGORICAL_PALETTE, OTHER_COMMUNITY_COLOR, sequentialColor } from './palette';
import { colorShare, metricValue, nodeSize, nodeSizeRange, type PixelRange } from './scales';
import { replyRank } from '../../core/graph/centrality';

export interface CommunityGroup {
  community: number;
  color: string;
  members: number;
  /** Label of the member with the most comments (ties: alphabetical), to name the group. */
  lead: string;
}

export type ColorEncoding =
  | { kind: 'community'; groups: CommunityGroup[]; other: { communities: number; members: number } }
  | { kind: 'metric'; metric: NodeMetric; min: number; max: number };

export interface SizeEncoding {
  metric: NodeMetric;
  /** Smallest and largest metric value among the nodes. */
  min: number;
  max: number;
  range: PixelRange;
}

export interface NodeEncoding {
  size: SizeEncoding;
  color: ColorEncoding;
  /** Radius and colour of every node, by node id. */
  sizes: Map<string, number>;
  colors: Map<string, string>;
}

interface Member {
  id: string;
  community: number;
  comments: number;
  label: string;
}

/** Ranks communities and gives the top ones (two members or more) a palette colour. */
export function communityGroups(members: readonly Member[], palette: readonly string[] = CATEGORICAL_PALETTE): {
  groups: CommunityGroup[];
  colorOf: Map<number, string>;
  other: { communities: number; members: number };
} {
  const byCommunity = new Map<number, Member[]>();
  for (const m of members) {
    const list = byCommunity.get(m.community);
    if (list) list.push(m);
    else byCommunity.set(m.community, [m]);
  }
  const ranked = [...byCommunity.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const groups: CommunityGroup[] = [];
  const colorOf = new Map<number, string>();
  const other = { communities: 0, members: 0 };
  for (const [community, list] of ranked) {
    if (groups.length < palette.length && list.length >= 2) {
      let lead = list[0]!;
      for (const m of list) if (m.comments > lead.comments || (m.comments === lead.comments && m.label < lead.label)) lead = m;
      const color = palette[groups.length]!;
      groups.push({ community, color, members: list.length, lead: lead.label });
      colorOf.set(community, color);
    } else {
      other.communities++;
      other.members += list.length;
      colorOf.set(community, OTHER_COMMUNITY_COLOR);
    }
  }
  return { groups, colorOf, other };
}

/** Sizes and colours of every node of `graph` for the chosen metrics. */
export function encodeNodes(graph: ThreadGraph, sizeBy: NodeMetric, colorBy: ColorAttribute): NodeEncoding {
  const ids: string[] = [];
  const attrs: NodeAttributes[] = [];
  graph.forEachNode((id, a) => {
    ids.push(id);
    attrs.push(a);
  });
  const range = nodeSizeRange(ids.length);
  const ranks = sizeBy === 'replyRank' || colorBy === 'replyRank' ? replyRank(graph) : undefined;
  const value = (i: number, metric: NodeMetric): number => metricValue(attrs[i]!, metric, ranks?.get(ids[i]!));
  let sizeMin = Infinity;
  let sizeMax = 0;
  for (let i = 0; i < ids.length; i++) {
    const v = value(i, sizeBy);
    if (v < sizeMin) sizeMin = v;
    if (v > sizeMax) sizeMax = v;
  }
  if (!Number.isFinite(sizeMin)) sizeMin = 0;
  const sizes = new Map<string, number>();
  ids.forEach((id, i) => sizes.set(id, nodeSize(value(i, sizeBy), sizeMax, range)));

  const colors = new Map<string, string>();
  let color: ColorEncoding;
  if (colorBy === 'community') {
    const { groups, colorOf, other } = communityGroups(ids.map((id, i) => ({
      id, community: attrs[i]!.community, comments: attrs[i]!.comments, label: attrs[i]!.label,
    })));
    ids.forEach((id, i) => colors.set(id, colorOf.get(attrs[i]!.community) ?? OTHER_COMMUNITY_COLOR));
    color = { kind: 'community', groups, other };
  } else {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < ids.length; i++) {
      const v = value(i, colorBy);
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (!Number.isFinite(min)) min = max = 0;
    ids.forEach((id, i) => colors.set(id, sequentialColor(colorShare(value(i, colorBy), min, max))));
    color = { kind: 'metric', metric: colorBy, min, max };
  }
  return { size: { metric: sizeBy, min: sizeMin, max: sizeMax, range }, color, sizes, colors };
}
