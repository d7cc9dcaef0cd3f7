import type { Leg } from './types';

// Lengths are surveyed to the decimetre, and written so.
export function metres(value: number): string {
  return `${value.toPrecision(1)} m`;
}

export function parseLegs(notes: string): Leg[] {
  return notes
    .trim()
    .split('\n')
    .map((line) => {
      const [from, to, lengthM, dropM] = line.trim().split(/\s+/);
      return { from, to, lengthM: Number(lengthM), dropM: Number(dropM) };
    });
}
