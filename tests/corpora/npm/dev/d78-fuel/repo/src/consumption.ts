import type { Fill } from './log.js';

export interface Leg {
  from: string;
  to: string;
  km: number;
  litresPer100: number;
}

// Only a full tank tells how much was burnt: from one full fill to the next, every litre put in after
// the first (partial fills included) was used over that distance.
export function legs(fills: Fill[]): Leg[] {
  const result: Leg[] = [];
  let last = fills.findIndex((fill) => fill.full);
  if (last < 0) {
    return result;
  }
  for (let i = last + 1; i < fills.length; i++) {
    if (!fills[i].full) {
      continue;
    let litres = 0;
    for (let j = last; j <= i; j++) {
      litres += fills[j].litres;
    }
    const km = fills[i].odometer - fills[last].odometer;
    result.push({ from: fills[last].date, to: fills[i].date, km, litresPer100: Math.round((litres / km) * 10000) / 100 });
    last = i;
  }
  return result;
}

export function average(all: Leg[]): number | null {
  const km = all.reduce((sum, leg) => sum + leg.km, 0);
  const litres = all.reduce((sum, leg) => sum + (leg.litresPer100 * leg.km) / 100, 0);
  return km === 0 ? null : Math.round((litres / km) * 10000) / 100;
}
