export { cross, distance, point } from './point';
export type { Point, Polygon } from './point';
export { area, centroid, isClockwise, perimeter, signedArea } from './measure';
export { contains, isConvex } from './contains';
