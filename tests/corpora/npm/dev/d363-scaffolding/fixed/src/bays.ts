export const BAY_LENGTH_M = 2.5;
export const LIFT_HEIGHT_M = 2;

export function baysFor(runM: number): number {
  return Math.ceil(runM / BAY_LENGTH_M);
}

export function liftsFor(heightM: number): number {
  return Math.ceil(heightM / LIFT_HEIGHT_M);
}

// A run of n bays stands on n + 1 pairs of standards, an inner and an outer one at each end of every bay.
export function standardsFor(bays: number): number {
  return (bays + 1) * 2;
}
