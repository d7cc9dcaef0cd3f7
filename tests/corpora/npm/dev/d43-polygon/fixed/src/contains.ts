import { cross, Point, Polygon } from './point';

const EPSILON = 1e-9;

function onSegment(a: Point, b: Point, p: Point): boolean {
  return (
    Math.abs(cross(a, b, p)) < EPSILON &&
    p.x >= Math.min(a.x, b.x) - EPSILON &&
    p.x <= Math.max(a.x, b.x) + EPSILON &&
    p.y >= Math.min(a.y, b.y) - EPSILON &&
    p.y <= Math.max(a.y, b.y) + EPSILON
  );
}

// Ray casting (even-odd rule); a point on the boundary is inside.
export function contains(polygon: Polygon, p: Point): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (onSegment(a, b, p)) {
      return true;
    }
    if (a.y > p.y !== b.y > p.y) {
      const crossingX = a.x + ((p.y - a.y) * (b.x - a.x)) / (b.y - a.y);
      if (p.x < crossingX) {
        inside = !inside;
      }
    }
  }
  return inside;
}

// Convex when every turn along the boundary goes the same way (collinear vertices allowed).
export function isConvex(polygon: Polygon): boolean {
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const turn = cross(polygon[i], polygon[(i + 1) % polygon.length], polygon[(i + 2) % polygon.length]);
    if (Math.abs(turn) < EPSILON) {
      continue;
    }
    if (sign !== 0 && Math.sign(turn) !== sign) {
      return false;
    }
    sign = Math.sign(turn);
  }
  return true;
}
