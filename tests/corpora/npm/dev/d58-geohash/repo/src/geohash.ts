import { BASE32, charIndex } from './base32.js';

export interface Point {
  lat: number;
  lon: number;
}

export interface Box {
  south: number;
  west: number;
  north: number;
  east: number;
}

// Each character holds 5 bits; the bits alternate between longitude (first) and latitude, each halving
// its interval: 1 for the upper half, 0 for the lower.
export function encode(lat: number, lon: number, precision: number): string {
  if (!Number.isInteger(precision) || precision < 1 || precision > 12) {
    throw new RangeError(`precision must be 1 to 12, not ${precision}`);
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new RangeError(`not a position: ${lat}, ${lon}`);
  }
  const lats = [-90, 90];
  const lons = [-180, 180];
  let hash = '';
  let bits = 0;
  let value = 0;
  let even = true;
  while (hash.length < precision) {
    const range = even ? lons : lats;
    const coordinate = even ? lon : lat;
    const mid = range[0] + range[1] / 2;
    value <<= 1;
    if (coordinate >= mid) {
      value |= 1;
      range[0] = mid;
    } else {
      range[1] = mid;
    }
    even = !even;
    bits += 1;
    if (bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}

export function bounds(hash: string): Box {
  if (hash.length === 0) {
    throw new SyntaxError('an empty geohash');
  }
  const lats = [-90, 90];
  const lons = [-180, 180];
  let even = true;
  for (const ch of hash.toLowerCase()) {
    const value = charIndex(ch);
    for (let bit = 4; bit >= 0; bit--) {
      const range = even ? lons : lats;
      const mid = (range[0] + range[1]) / 2;
      if ((value >> bit) & 1) {
        range[0] = mid;
      } else {
        range[1] = mid;
      }
      even = !even;
    }
  }
  return { south: lats[0], west: lons[0], north: lats[1], east: lons[1] };
}

// The centre of the hash's box.
export function decode(hash: string): Point {
  const box = bounds(hash);
  return { lat: (box.south + box.north) / 2, lon: (box.west + box.east) / 2 };
}
