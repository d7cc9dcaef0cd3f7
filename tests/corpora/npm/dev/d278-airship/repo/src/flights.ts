import './units.js';

export interface Leg {
  from: string;
  to: string;
  altitudeM: number;
}

export function altitudeLine(leg: Leg): string {
  return `${leg.from} > ${leg.to} at ${toFeet(leg.altitudeM)} ft`;
}

// The flight log lists the heights a leg was flown at, '300 m, 1200 m, 900 m'; the highest is its ceiling.
export function ceilingM(log: string): number {
  const heights = (log.match(/(\d+) m/g) ?? []).map((match) => Number(match[1]));
  return Math.max(...heights);
}
