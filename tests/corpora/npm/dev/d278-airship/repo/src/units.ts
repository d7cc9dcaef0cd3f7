export const FT_PER_M = 3.28084;

// Flight levels are given to the nearest foot.
export function toFeet(metres: number): number {
  return Math.round(metres * FT_PER_M);
}
