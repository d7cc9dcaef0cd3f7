import type { Reading } from './readings';

const THRESHOLDS: Array<[string, number]> = [
  ['severe', 3.2],
  ['warning', 2.6],
  ['alert', 2.1],
];

export function alertFor(levelM: number): string {
  const hit = THRESHOLDS.find(([, threshold]) => levelM >= threshold);
  return hit ? hit[0] : 'normal';
}

// The rise between the first and the last reading, in metres per hour.
export function risePerHour(readings: Reading[]): number {
  const first = readings[0];
  const last = readings[readings.length - 1];
  const hours = (last.minute - first.minute) / 60;
  return Math.round(((last.levelM - first.levelM) / hours) * 100) / 100;
}
