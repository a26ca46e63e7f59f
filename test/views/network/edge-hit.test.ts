import { describe, expect, it } from 'vitest';
import { RECIPROCAL_CURVATURE } from '../../../src/views/network/curvature';
import { distanceToEdge, nearestEdge, viewportControlPoint, type EdgeGeometry } from '../../../src/views/network/edge-hit';

const a = { x: 100, y: 100 };
const b = { x: 300, y: 100 };

describe('edge hit testing', () => {
  it('measures the distance to a straight edge, clamped to its ends', () => {
    expect(distanceToEdge({ x: 200, y: 104 }, { source: a, target: b, curvature: 0 })).toBeCloseTo(4);
    expect(distanceToEdge({ x: 90, y: 100 }, { source: a, target: b, curvature: 0 })).toBeCloseTo(10);
  });

  it('follows a curved edge through its apex, halfway to the control point', () => {
    const c = viewportControlPoint(a, b, RECIPROCAL_CURVATURE);
    const apex = { x: (a.x + b.x) / 4 + c.x / 2, y: (a.y + b.y) / 4 + c.y / 2 };
    expect(distanceToEdge(apex, { source: a, target: b, curvature: RECIPROCAL_CURVATURE })).toBeLessThan(1);
    // The straight line between the ends is far from the curve.
    expect(distanceToEdge({ x: 200, y: 100 }, { source: a, target: b, curvature: RECIPROCAL_CURVATURE })).toBeGreaterThan(20);
  });

  it('tells the two edges of a reciprocal pair apart', () => {
    const edges: EdgeGeometry[] = [
      { key: 'a->b', source: a, target: b, curvature: RECIPROCAL_CURVATURE, width: 1 },
      { key: 'b->a', source: b, target: a, curvature: RECIPROCAL_CURVATURE, width: 1 },
    ];
    const cab = viewportControlPoint(a, b, RECIPROCAL_CURVATURE);
    const cba = viewportControlPoint(b, a, RECIPROCAL_CURVATURE);
    expect(nearestEdge({ x: 200, y: (100 + cab.y) / 2 }, edges)).toBe('a->b');
    expect(nearestEdge({ x: 200, y: (100 + cba.y) / 2 }, edges)).toBe('b->a');
  });

  it('picks the nearest edge within the tolerance, counting its thickness', () => {
    const edges: EdgeGeometry[] = [
      { key: 'thin', source: a, target: b, curvature: 0, width: 1 },
      { key: 'thick', source: { x: 100, y: 120 }, target: { x: 300, y: 120 }, curvature: 0, width: 12 },
    ];
    expect(nearestEdge({ x: 200, y: 103 }, edges)).toBe('thin');
    expect(nearestEdge({ x: 200, y: 111 }, edges)).toBe('thick');
    expect(nearestEdge({ x: 200, y: 60 }, edges)).toBeNull();
    expect(nearestEdge({ x: 200, y: 60 }, [])).toBeNull();
  });
});
