import { dailySavings, paybackYears } from './finance';
import { clippedHours, dailyKwh } from './yield';
import type { PvArray, Rates, Reading } from './types';

export interface DayReport {
  kwh: number;
  savingsPence: number;
  clipped: number[];
}

export function dayReport(array: PvArray, readings: Reading[], rates: Rates, selfUse: number): DayReport {
  const kwh = dailyKwh(array, readings);
  return { kwh, savingsPence: dailySavings(kwh, rates, selfUse), clipped: clippedHours(array, readings) };
}

// Payback on a typical day repeated all year.
export function typicalPayback(costPounds: number, day: DayReport): number {
  return paybackYears(costPounds, day.savingsPence * 365);
}
