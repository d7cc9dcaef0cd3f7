import { isPeak } from './clock';

export const ZONES: Record<string, number> = {
  Pier: 1,
  Market: 1,
  Cathedral: 2,
  Infirmary: 2,
  Summit: 3,
};

const PENCE_BY_ZONES: Record<number, number> = { 1: 180, 2: 240, 3: 300 };
const PEAK_FACTOR = 1.2;

function zoneOf(stop: string): number {
  const zone = ZONES[stop];
  if (zone === undefined) {
    throw new Error(`no such stop: ${stop}`);
  }
  return zone;
}

// A journey pays for every zone it touches, the zones it starts and ends in included.
export function zonesTravelled(from: string, to: string): number {
  return Math.abs(zoneOf(to) - zoneOf(from)) + 1;
}

export function fare(from: string, to: string, stamp: string): number {
  const pence = PENCE_BY_ZONES[zonesTravelled(from, to)];
  return isPeak(stamp) ? Math.round(pence * PEAK_FACTOR) : pence;
}
