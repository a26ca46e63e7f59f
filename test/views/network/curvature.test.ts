import { describe, expect, it } from 'vitest';
import { RECIPROCAL_CURVATURE, curveControlPoint, edgeShape } from '../../../src/views/network/curvature';

/** Which side of the line a→b point p lies on (sign of the cross product). */
function side(a: { x: number; y: number }, b: { x: number; y: number }, p: { x: number; y: number }): number {
  return Math.sign((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x));
}

describe('reciprocal edge curvature', () => {
  it('draws one-way edges straight and reciprocal pairs curved', () => {
    expect(edgeShape(false)).toEqual({ type: 'arrow', curvature: 0 });
    expect(edgeShape(true)).toEqual({ type: 'curved', curvature: RECIPROCAL_CURVATURE });
  });

  it('puts A→B and B→A with the same curvature on opposite sides of the line', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 4 };
    const ab = curveControlPoint(a, b, RECIPROCAL_CURVATURE);
    const ba = curveControlPoint(b, a, RECIPROCAL_CURVATURE);
    expect(side(a, b, ab)).not.toBe(0);
    expect(side(a, b, ba)).toBe(-side(a, b, ab));
    // Mirror images through the midpoint, as far from the line as each other.
    expect(ab.x + ba.x).toBeCloseTo(a.x + b.x);
    expect(ab.y + ba.y).toBeCloseTo(a.y + b.y);
  });

  it('would draw them on top of each other with opposite curvatures (why the same sign is used)', () => {
    const a = { x: 0, y: 0 };
    const b = { x: 10, y: 4 };
    const ab = curveControlPoint(a, b, RECIPROCAL_CURVATURE);
    const ba = curveControlPoint(b, a, -RECIPROCAL_CURVATURE);
    expect(ba.x).toBeCloseTo(ab.x);
    expect(ba.y).toBeCloseTo(ab.y);
  });

  it('bulges out by curvature × length', () => {
    const p = curveControlPoint({ x: 0, y: 0 }, { x: 10, y: 0 }, 0.25);
    expect(p.x).toBeCloseTo(5);
    expect(Math.abs(p.y)).toBeCloseTo(2.5);
  });
});
