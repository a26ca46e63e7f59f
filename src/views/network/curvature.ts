/**
 * How each edge is drawn so that A→B and B→A stay two distinct, readable lines: an edge whose
 * reverse is also shown is drawn as a curve, every other edge as a straight arrow.
 *
 * The curved-edge program of @sigma/edge-curve bends an edge towards the left-hand normal of
 * its own direction (control point = midpoint + curvature × (−dy, dx)). Reversing the direction
 * flips that normal, so giving both edges of a reciprocal pair the SAME positive curvature puts
 * them on opposite sides of the straight line; opposite signs would draw them on top of each
 * other. `curveControlPoint` mirrors the program's formula so tests can check this.
 */

export type EdgeProgramName = 'arrow' | 'curved';

export interface EdgeShape {
  type: EdgeProgramName;
  curvature: number;
}

/** Curvature of both edges of a reciprocal pair (share of the edge length the curve bulges out). */
export const RECIPROCAL_CURVATURE = 0.25;

const STRAIGHT: EdgeShape = { type: 'arrow', curvature: 0 };
const CURVED: EdgeShape = { type: 'curved', curvature: RECIPROCAL_CURVATURE };

/** Shape of an edge, given whether the opposite edge is shown too. */
export function edgeShape(hasReverse: boolean): EdgeShape {
  return hasReverse ? CURVED : STRAIGHT;
}

export interface Point {
  x: number;
  y: number;
}

/** The quadratic Bézier control point the curved-edge program uses for source → target. */
export function curveControlPoint(source: Point, target: Point, curvature: number): Point {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  return { x: (source.x + target.x) / 2 - dy * curvature, y: (source.y + target.y) / 2 + dx * curvature };
}
