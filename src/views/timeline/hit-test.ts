/**
 * Finding the mark under the pointer in either drawing mode: a quadtree of mark centres in
 * pixels, searched within a small radius. Pure (d3-quadtree), so it works for canvas marks too.
 */
import { quadtree } from 'd3';
import type { TimelineModel } from './model';
import type { TimelineLayout } from './layout';

export interface HitIndex {
  /** Position in model.marks of the mark nearest (px, py) within `radius` pixels, or null. */
  find(px: number, py: number, radius?: number): number | null;
  /** Centre of a mark in pixels. */
  center(mark: number): [number, number];
}

export function buildHitIndex(model: TimelineModel, layout: TimelineLayout): HitIndex {
  const centers: [number, number][] = model.marks.map((m) => [layout.toPx(m.x), layout.laneY(m.lane)]);
  const tree = quadtree<number>()
    .x((i) => centers[i]![0])
    .y((i) => centers[i]![1])
    .addAll(centers.map((_, i) => i));
  const minRadius = Math.max(layout.markRadius + 2, 5);
  return {
    find(px, py, radius = minRadius) {
      const found = tree.find(px, py, radius);
      return found === undefined ? null : found;
    },
    center: (mark) => centers[mark] ?? [0, 0],
  };
}
