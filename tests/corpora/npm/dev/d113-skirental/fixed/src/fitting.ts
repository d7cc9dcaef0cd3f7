import type { Level } from './types';

const SHORTER_BY_CM: Record<Level, number> = { beginner: 20, intermediate: 10, advanced: 0 };

// Skis a little shorter than the skier, the more so the less experienced, to the nearest 5 cm.
export function skiLengthCm(heightCm: number, level: Level): number {
  return Math.round((heightCm - SHORTER_BY_CM[level]) / 5) * 5;
}

// Mondopoint: the foot's length in centimetres, rounded up to the next half size.
export function bootSize(footMm: number): string {
  return ((Math.ceil(footMm / 5) * 5) / 10).toFixed(1);
}

export function formatPence(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}
