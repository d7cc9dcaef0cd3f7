import type { Band, Boat } from './types';

// The yearly licence goes by the boat's length, in bands; an electric boat pays a quarter less.
const BANDS: Band[] = [
  { upToM: 10, pence: 68_000 },
  { upToM: 15, pence: 91_500 },
  { upToM: 20, pence: 112_000 },
];
const LONGEST_PENCE = 129_000;

export function licencePence(boat: Boat): number {
  const base = BANDS.find((band) => boat.lengthM <= band.upToM)?.pence ?? LONGEST_PENCE;
  boat.electric ? Math.round(base * 0.75) : base;
}
