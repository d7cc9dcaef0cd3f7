export { BASE32 } from './codec/base32.js';
export { cover, distance } from './cover.js';
export type { CoverOptions } from './cover.js';
export { bounds, decode, encode } from './geohash.js';
export type { Box, Point } from './geohash.js';
export { neighbor, neighbors } from './neighbors.js';
export type { Direction } from './neighbors.js';
