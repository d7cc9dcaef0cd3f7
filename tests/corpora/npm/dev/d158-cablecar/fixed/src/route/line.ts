import type { Station } from '../types.js';

export const LINE_SPEED_MPS = 6;

export const STATIONS: Station[] = [
  { name: 'Valley', km: 0, altitudeM: 1040 },
  { name: 'Alpe', km: 2.1, altitudeM: 1620 },
  { name: 'Summit', km: 4.5, altitudeM: 2380 },
];

export function station(name: string): Station {
  const found = STATIONS.find((s) => s.name === name);
  if (!found) {
    throw new Error(`no station called ${name}`);
  }
  return found;
}

// Riding time between two stations, rounded up to whole minutes, at the line's speed or a slower one in wind.
export function rideMinutes(from: Station, to: Station, speedMps = LINE_SPEED_MPS): number {
  return Math.ceil((Math.abs(to.km - from.km) * 1000) / speedMps / 60);
}
