import { bounds, decode, encode } from './geohash.js';

export type Direction = 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'nw';

const STEPS: Record<Direction, [number, number]> = {
  n: [1, 0],
  ne: [1, 1],
  e: [0, 1],
  se: [-1, 1],
  s: [-1, 0],
  sw: [-1, -1],
  w: [0, -1],
  nw: [1, -1],
};

// The cell of the same size next to hash in a direction: one cell height or width from its centre,
// longitude wrapping round the antimeridian. There is nothing north of the north pole.
export function neighbor(hash: string, direction: Direction): string | null {
  const step = STEPS[direction];
  if (!step) {
    throw new RangeError(`no direction '${direction}'`);
  }
  const box = bounds(hash);
  const centre = decode(hash);
  const lat = centre.lat + step[0] * (box.north - box.south);
  if (lat > 90 || lat < -90) {
    return null;
  }
  let lon = centre.lon + step[1] * (box.east - box.west);
  if (lon > 180) {
    lon -= 360;
  } else if (lon < -180) {
    lon += 360;
  }
  return encode(lat, lon, hash.length);
}

export function neighbors(hash: string): Record<Direction, string | null> {
  const result = {} as Record<Direction, string | null>;
  for (const direction of Object.keys(STEPS) as Direction[]) {
    result[direction] = neighbor(hash, direction);
  }
  return result;
}
