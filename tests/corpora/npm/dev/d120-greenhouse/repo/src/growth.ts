import { extremes } from './climate';
import type { Crop, DayLog } from './types';

// Growing degree days, averaging method: the day's mean temperature above the crop's base, never below zero.
export function degreeDays(day: DayLog, baseCelsius: number): number {
  const { min, max } = extremes(day.readings);
  return Math.max(0, max + min / 2 - baseCelsius);
}

// The number of days after which the crop has had the warmth it needs, or null if the log ends first.
export function daysToHarvest(days: DayLog[], crop: Crop): number | null {
  let total = 0;
  for (let i = 0; i < days.length; i++) {
    total += degreeDays(days[i], crop.baseCelsius);
    if (total >= crop.degreeDaysToHarvest) {
      return i + 1;
    }
  }
  return null;
}
