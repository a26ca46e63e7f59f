/**
 * Numeric scales of the network: the metric a node is sized or coloured by, node radius in
 * pixels (area proportional to the value, so a participant with four times the comments has
 * twice the radius), edge thickness by reply count, and the position of a value on the colour
 * scale. Pixel ranges shrink as the network grows so big threads do not become a solid blot.
 */
import type { NodeAttributes } from '../../core/graph/build';
import type { NodeMetric } from '../../store/state';

/** Short names used in the legend, the caption and the accessible summary. */
export const METRIC_NAMES: Record<NodeMetric, string> = {
  comments: 'comments written',
  words: 'words written',
  inWeight: 'replies received',
  outWeight: 'replies written',
  degree: 'people linked (in + out)',
  replyRank: 'reply rank (PageRank, % of the graph)',
};

/**
 * The value of a node metric; `degree` is in-degree plus out-degree, `replyRank` the node's
 * reply rank (centrality.ts), which the caller gives since it depends on the whole graph.
 */
export function metricValue(
  attrs: Pick<NodeAttributes, 'comments' | 'words' | 'inWeight' | 'outWeight' | 'inDegree' | 'outDegree'>, metric: NodeMetric, replyRank = 0,
): number {
  switch (metric) {
    case 'comments': return attrs.comments;
    case 'words': return attrs.words;
    case 'inWeight': return attrs.inWeight;
    case 'outWeight': return attrs.outWeight;
    case 'degree': return attrs.inDegree + attrs.outDegree;
    case 'replyRank': return replyRank;
  }
}

export interface PixelRange {
  min: number;
  max: number;
}

/** Node radius range in pixels for a network of `order` nodes. */
export function nodeSizeRange(order: number): PixelRange {
  if (order <= 60) return { min: 4, max: 20 };
  if (order <= 400) return { min: 3, max: 15 };
  if (order <= 2000) return { min: 2, max: 11 };
  return { min: 1.5, max: 8 };
}

/** Edge thickness range in pixels for a network of `size` edges. */
export function edgeSizeRange(size: number): PixelRange {
  if (size <= 300) return { min: 1, max: 6 };
  if (size <= 3000) return { min: 0.8, max: 4.5 };
  return { min: 0.5, max: 3 };
}

/** Share of the way from 0 to `max` on a square-root scale (0 for zero, negative or missing values). */
export function sqrtShare(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.sqrt(Math.min(value, max) / max);
}

/** Node radius: range.min for 0, range.max for the largest value, area proportional in between. */
export function nodeSize(value: number, max: number, range: PixelRange): number {
  return range.min + (range.max - range.min) * sqrtShare(value, max);
}

/** Edge thickness: range.min for one reply, range.max for the heaviest edge, square-root in between. */
export function edgeSize(weight: number, maxWeight: number, range: PixelRange): number {
  if (!(maxWeight > 1)) return range.min;
  return range.min + (range.max - range.min) * sqrtShare(weight - 1, maxWeight - 1);
}

/** Position of a value on the colour scale between min and max, square-root spaced. */
export function colorShare(value: number, min: number, max: number): number {
  if (!(max > min)) return 0;
  return Math.sqrt(Math.min(1, Math.max(0, (value - min) / (max - min))));
}

/** The value at position t of the colour scale (inverse of colorShare). */
export function valueAtColorShare(t: number, min: number, max: number): number {
  return min + (max - min) * t * t;
}
