import type { Reading } from './types.js';

export function lowestCelsius(readings: Reading[]): number {
  if (readings.length === 0) {
    throw new Error('no readings');
  }
  return readings.reduce((min, reading) => Math.min(min, reading.celsius), 0);
}

// The line slows down in strong wind and stops above the limit.
export function speedFor(windKmh: number): number | null {
  if (windKmh >= 80) {
    return null;
  }
  return windKmh >= 50 ? 4 : 6;
}
