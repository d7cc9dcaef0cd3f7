import { average, legs } from './consumption.js';
import type { Fill } from './log.js';
import { toMpg } from './units.js';

const DAY = 24 * 60 * 60 * 1000;

export interface Report {
  days: number;
  km: number;
  spent: number;
  pricePerLitre: number;
  litresPer100: number | null;
  mpg: number | null;
}

// The log's span from its first fill to its last; the first fill's fuel is not counted as spent on it.
export function report(fills: Fill[]): Report {
  const first = fills[0];
  const last = fills[fills.length - 1];
  const later = fills.slice(1);
  const spent = Math.round(later.reduce((sum, fill) => sum + fill.cost, 0) * 100) / 100;
  const litres = later.reduce((sum, fill) => sum + fill.litres, 0);
  const consumption = average(legs(fills));
  return {
    days: Math.round((Date.parse(last.date) - Date.parse(first.date)) / DAY),
    km: last.odometer - first.odometer,
    spent,
    pricePerLitre: Math.round((spent / litres) * 1000) / 1000,
    litresPer100: consumption,
    mpg: consumption === null ? null : toMpg(consumption),
  };
}
