// Levels come from sums of measured rises, so two equal levels may differ in the last binary digit.
const SAME_LEVEL_M = 1e-6;

export function isLevel(a: number, b: number): boolean {
  return Math.abs(a - b) < SAME_LEVEL_M;
}

export function rise(upperM: number, lowerM: number): number {
  if (upperM < lowerM) throw new Error('the upper pound is below the lower one');
  return Math.round((upperM - lowerM) * 1000) / 1000;
}
