import type { PvArray, Reading } from './types';

export const STC_IRRADIANCE = 1000;

export function ratedWatts(array: PvArray): number {
  return array.strings.reduce((sum, s) => sum + s.watts * s.count, 0);
}

// The array's AC output at an irradiance, clipped at the inverter's limit.
export function outputWatts(array: PvArray, irradiance: number): number {
  const dc = ratedWatts(array) * (irradiance / STC_IRRADIANCE) * array.efficiency;
  return Math.min(Math.round(dc), array.inverterWatts);
}

// A day's energy in kWh from its hourly readings.
export function dailyKwh(array: PvArray, readings: Reading[]): number {
  const wh = readings.reduce((sum, r) => sum + outputWatts(array, r.irradiance), 0);
  return Math.round(wh) / 1000;
}

// The hours whose output the inverter clipped.
export function clippedHours(array: PvArray, readings: Reading[]): number[] {
  return readings
    .filter((r) => ratedWatts(array) * (r.irradiance / STC_IRRADIANCE) * array.efficiency > array.inverterWatts)
    .map((r) => r.hour);
}
