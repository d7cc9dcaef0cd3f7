export interface Point {
  x: number;
  y: number;
}

export type Polygon = readonly Point[];

export function point(x: number, y: number): Point {
  return { x, y };
}

export function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

// The z component of (a - o) × (b - o): > 0 when o → a → b turns left (counter-clockwise).
export function cross(o: Point, a: Point, b: Point): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}
