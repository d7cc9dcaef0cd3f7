import type { Pool } from './pools.js';

// The board is kept as JSON between days; JSON has no Infinity, so a pool without a limit comes back with null.
type SavedPool = Omit<Pool, 'maxMinutes'> & { maxMinutes: number | null };

export function save(pools: Pool[]): string {
  return JSON.stringify(pools);
}

export function load(text: string): Pool[] {
  return JSON.parse(text) as Pool[];
}
