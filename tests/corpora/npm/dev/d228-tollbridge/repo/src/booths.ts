import type { Crossing } from './types.js';

// The longest a driver waited at a booth, in seconds; a booth nobody queued at has waited for nothing.
export function longestWait(waitsSeconds: number[]): number {
  return Math.max(...waitsSeconds);
}

export function boothCounts(crossings: Crossing[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const crossing of crossings) counts[crossing.booth] = (counts[crossing.booth] ?? 0) + 1;
  return counts;
}

// The yearly report goes to the council without number plates.
export function anonymise(crossings: Crossing[]): Omit<Crossing, 'plate'>[] {
  return crossings.map((crossing) => { const copy = { ...crossing }; delete copy.plate; return copy; });
}
