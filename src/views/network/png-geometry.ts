/**
 * Edge geometry of the network PNG in output pixels, as sigma's WebGL programs draw it: straight
 * or quadratic-Bézier edges ending at the target's rim, arrowheads ARROW_LENGTH_RATIO × thickness
 * long and ARROW_WIDTH_RATIO × thickness wide, and culling of what lies outside the picture.
 */
import type { Point } from './curvature';

/** Arrowhead length and width as multiples of the edge thickness (sigma's arrow programs). */
export const ARROW_LENGTH_RATIO = 2.5;
export const ARROW_WIDTH_RATIO = 2;

function quadAt(p0: Point, p1: Point, p2: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x, y: u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y };
}

/** Parameter of the point of the curve p0 → p2 at `distance` from p2, searched from the end. */
function paramAtDistanceFromEnd(p0: Point, p1: Point, p2: Point, distance: number): number {
  const d2 = distance * distance;
  if ((p0.x - p2.x) ** 2 + (p0.y - p2.y) ** 2 <= d2) return 0;
  let lo = 0;
  let hi = 1;
  // 24 halvings: far below a pixel for any edge that fits on a screen.
  for (let i = 0; i < 24; i++) {
    const t = (lo + hi) / 2;
    const u = 1 - t;
    const x = u * u * p0.x + 2 * u * t * p1.x + t * t * p2.x - p2.x;
    const y = u * u * p0.y + 2 * u * t * p1.y + t * t * p2.y - p2.y;
    if (x * x + y * y >= d2) lo = t;
    else hi = t;
  }
  return (lo + hi) / 2;
}

export interface EdgeGeometry {
  curved: boolean;
  start: Point;
  control: Point;
  end: Point;
  tip: Point;
  left: Point;
  right: Point;
}

/** Line and arrowhead of an edge in output pixels; null when the source lies inside the target. */
export function edgeGeometry(s: Point, t: Point, control: Point | null, targetRadius: number, thickness: number): EdgeGeometry | null {
  const length = Math.hypot(t.x - s.x, t.y - s.y);
  if (!(length > targetRadius)) return null;
  const headLength = ARROW_LENGTH_RATIO * thickness;
  const halfWidth = (ARROW_WIDTH_RATIO * thickness) / 2;
  let tip: Point;
  let base: Point;
  let lineControl: Point;
  if (control) {
    const tTip = paramAtDistanceFromEnd(s, control, t, targetRadius);
    const tBase = paramAtDistanceFromEnd(s, control, t, targetRadius + headLength);
    tip = quadAt(s, control, t, tTip);
    base = quadAt(s, control, t, tBase);
    // The curve cut at tBase is again a quadratic, with this control point.
    lineControl = { x: s.x + (control.x - s.x) * tBase, y: s.y + (control.y - s.y) * tBase };
  } else {
    const ux = (t.x - s.x) / length;
    const uy = (t.y - s.y) / length;
    const back = Math.min(length, targetRadius + headLength);
    tip = { x: t.x - ux * targetRadius, y: t.y - uy * targetRadius };
    base = { x: t.x - ux * back, y: t.y - uy * back };
    lineControl = { x: (s.x + base.x) / 2, y: (s.y + base.y) / 2 };
  }
  let dx = tip.x - base.x;
  let dy = tip.y - base.y;
  const d = Math.hypot(dx, dy) || 1;
  dx /= d;
  dy /= d;
  return {
    curved: control !== null,
    start: s,
    control: lineControl,
    end: base,
    tip,
    left: { x: base.x - dy * halfWidth, y: base.y + dx * halfWidth },
    right: { x: base.x + dy * halfWidth, y: base.y - dx * halfWidth },
  };
}

/** Whether a point (or a box, with `margin`) lies wholly outside the picture. */
export function outside(x: number, y: number, margin: number, width: number, height: number): boolean {
  return x < -margin || x > width + margin || y < -margin || y > height + margin;
}

/** Whether the edge's control polygon (which holds the curve) lies wholly outside the picture. */
export function edgeOutside(g: EdgeGeometry, margin: number, width: number, height: number): boolean {
  const minX = Math.min(g.start.x, g.control.x, g.tip.x);
  const maxX = Math.max(g.start.x, g.control.x, g.tip.x);
  const minY = Math.min(g.start.y, g.control.y, g.tip.y);
  const maxY = Math.max(g.start.y, g.control.y, g.tip.y);
  return maxX < -margin || minX > width + margin || maxY < -margin || minY > height + margin;
}
