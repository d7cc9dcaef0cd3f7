// Hull numbers run on from the yard's first boat; each keel laid takes the next one.
export const FIRST_HULL = 101;
export let nextHull = FIRST_HULL;

export function takeHullNumber(): number {
  nextHull += 1;
  return nextHull - 1;
}
