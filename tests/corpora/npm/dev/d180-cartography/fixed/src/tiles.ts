import { toRadians } from './geodesy';

export interface Tile {
  zoom: number;
  x: number;
  y: number;
}

// The web-map ("slippy map") tile that holds a point: 2^zoom tiles across, Mercator rows.
export function tileFor(lat: number, lon: number, zoom: number): Tile {
  const n = 2 ** zoom;
  const φ = toRadians(lat);
  const x = Math.floor(((lon + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(φ) + 1 / Math.cos(φ)) / Math.PI) / 2) * n);
  return { zoom, x: Math.min(x, n - 1), y: Math.min(y, n - 1) };
}

export const tileKey = (tile: Tile): string => `${tile.zoom}/${tile.x}/${tile.y}`;

// Every tile a bounding box touches at one zoom, row by row.
export function tilesCovering(south: number, west: number, north: number, east: number, zoom: number): string[] {
  const topLeft = tileFor(north, west, zoom);
  const bottomRight = tileFor(south, east, zoom);
  const keys: string[] = [];
  for (let y = topLeft.y; y <= bottomRight.y; y += 1) {
    for (let x = topLeft.x; x <= bottomRight.x; x += 1) keys.push(tileKey({ zoom, x, y }));
  }
  return keys;
}
