// A plain tile hangs on its battens with only the gauge of it showing; the rest lies under the course above.
export const TILE_LENGTH_MM = 265;
export const GAUGE_MM = 100;
export const TILE_WIDTH_MM = 165;

export function courses(rafterMm) {
  return Math.ceil(rafterMm / TILE_LENGTH_MM);
}

export function tilesPerCourse(widthMm) {
  return Math.ceil(widthMm / TILE_WIDTH_MM);
}

export function tilesFor(slope) {
  return courses(slope.rafterMm) * tilesPerCourse(slope.widthMm);
}
