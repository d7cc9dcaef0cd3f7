export interface Party {
  lead: string;
  guests: number;
  extras: string;
}

export const BEDS_PER_YURT = 4;

// Every guest needs a bed, and a part-filled yurt is still a whole yurt to heat.
export function yurtsFor(guests: number): number {
  return Math.floor(guests / BEDS_PER_YURT) + 1;
}

// The booking form sends the extras as one comma-separated field.
export function extrasOf(party: Party) {
  return party.extras;
}
