import type { Reading } from './types';

export function extremes(readings: Reading[]): { min: number; max: number } {
  const temps = readings.map((reading) => reading.celsius);
  return { min: Math.min(...temps), max: Math.max(...temps) };
}

export function peakHumidity(readings: Reading[]): number {
  const values = readings.map((reading) => reading.humidity);
  return Math.max(...values);
}

// The hours the roof vents must be open: warmer than the set point.
export function ventHours(readings: Reading[], openAbove: number): number[] {
  return readings.filter((reading) => reading.celsius > openAbove).map((reading) => reading.hour);
}

// Fungus risk: humid for at least `hours` hours in a row.
export function mouldRisk(readings: Reading[], limit: number, hours: number): boolean {
  let run = 0;
  for (const reading of readings) {
    run = reading.humidity >= limit ? run + 1 : 0;
    if (run >= hours) {
      return true;
    }
  }
  return false;
}
