/**
 * Finding the edge under the pointer by geometry. Sigma picks edges from a half-resolution
 * picking buffer, where one-pixel edges often vanish or shift by a pixel or two, so most thin
 * edges could not be clicked; when sigma reports a click on the background, the view asks this
 * module for the nearest edge within a few pixels instead. Works in viewport (CSS pixel, y down)
 * coordinates; curved edges are sampled along their quadratic Bézier.
 */
import { curveControlPoint, type Point } from './curvature';

export interface EdgeGeometry {
  key: string;
  source: Point;
  target: Point;
  /** As on the display graph (0 for straight edges). */
  curvature: number;
  /** Drawn thickness in pixels. */
  width: number;
}

/** Extra pixels around an edge that still count as on it. */
export const EDGE_HIT_TOLERANCE = 5;
const CURVE_SAMPLES = 16;

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Control point of a curved edge in viewport coordinates. The edge program computes it with y
 * pointing up; the viewport's y points down, which mirrors the bend, hence the negated curvature.
 */
export function viewportControlPoint(source: Point, target: Point, curvature: number): Point {
  return curveControlPoint(source, target, -curvature);
}

/** Distance in pixels from p to the centre line of the edge. */
export function distanceToEdge(p: Point, e: Pick<EdgeGeometry, 'source' | 'target' | 'curvature'>): number {
  if (!e.curvature) return segmentDistance(p, e.source, e.target);
  const c = viewportControlPoint(e.source, e.target, e.curvature);
  let best = Infinity;
  let prev = e.source;
  for (let i = 1; i <= CURVE_SAMPLES; i++) {
    const t = i / CURVE_SAMPLES;
    const u = 1 - t;
    const next = {
      x: u * u * e.source.x + 2 * u * t * c.x + t * t * e.target.x,
      y: u * u * e.source.y + 2 * u * t * c.y + t * t * e.target.y,
    };
    best = Math.min(best, segmentDistance(p, prev, next));
    prev = next;
  }
  return best;
}

/** The edge nearest to p, if its stroke passes within `tolerance` pixels of p. */
export function nearestEdge(p: Point, edges: Iterable<EdgeGeometry>, tolerance = EDGE_HIT_TOLERANCE): string | null {
  let best: string | null = null;
  let bestGap = Infinity;
  for (const e of edges) {
    const gap = distanceToEdge(p, e) - e.width / 2;
    if (gap <= tolerance && gap < bestGap) {
      best = e.key;
      bestGap = gap;
    }
  }
  return best;
}
