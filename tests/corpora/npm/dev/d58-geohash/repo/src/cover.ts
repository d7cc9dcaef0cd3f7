import { encode, type Point } from './geohash.js';

export interface CoverOptions {
  precision?: number;
}

// The distinct cells that hold the points, in the order the points first reach them: what a search index
// stores for a route or an area.
export function cover(points: readonly Point[], options: CoverOptions = {}): string[] {
  const cells = new Set<string>();
  for (const point of points) {
    cells.add(encode(point.lat, point.lon, options.precision));
  }
  return [...cells];
}

// Great-circle distance in metres (haversine, mean Earth radius).
export function distance(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}
