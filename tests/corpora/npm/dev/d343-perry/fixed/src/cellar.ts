import { abv, lowest } from './gravity';
import type { Reading } from './gravity';

export function isStable(readings: Reading[], days: number): boolean {
  const last = readings.slice(-days);
  return last.length === days && last.every((r) => r.gravity === last[0].gravity);
}

export function rackingNote(og: number, readings: Reading[]): string {
  const fg = lowest(readings);
  return `FG ${fg.toFixed(3)}, ${abv(og, fg)}% ABV`;
}
