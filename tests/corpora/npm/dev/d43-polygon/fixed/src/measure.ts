import { distance, Point, Polygon } from './point';

function check(polygon: Polygon): void {
  if (polygon.length < 3) {
    throw new RangeError(`a polygon needs 3 vertices, got ${polygon.length}`);
  }
}

// The shoelace formula: > 0 for vertices in counter-clockwise order (y up), < 0 for clockwise.
export function signedArea(polygon: Polygon): number {
  check(polygon);
  let twice = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    twice += a.x * b.y - b.x * a.y;
  }
  return twice / 2;
}

export function area(polygon: Polygon): number {
  return Math.abs(signedArea(polygon));
}

export function isClockwise(polygon: Polygon): boolean {
  return signedArea(polygon) < 0;
}

export function perimeter(polygon: Polygon): number {
  check(polygon);
  let total = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    total += distance(a, b);
  }
  return total;
}

// The centroid of the enclosed region (not the mean of the vertices); either orientation.
export function centroid(polygon: Polygon): Point {
  const signed = signedArea(polygon);
  if (signed === 0) {
    throw new RangeError('a degenerate polygon has no centroid');
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    const step = a.x * b.y - b.x * a.y;
    cx += (a.x + b.x) * step;
    cy += (a.y + b.y) * step;
  }
  return { x: cx / (6 * signed), y: cy / (6 * signed) };
}
