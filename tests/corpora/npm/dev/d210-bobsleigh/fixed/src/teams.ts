import { SLEDS } from './types';
import type { Run, Sled } from './types';

export function parseSled(text: string): Sled {
  const sled = text.trim().toLowerCase();
  if (!(SLEDS as readonly string[]).includes(sled)) throw new Error(`unknown sled: ${text}`);
  return sled as Sled;
}

// The start sheet lists each crew once, alphabetically, whatever the case of its first letter.
export function startList(runs: Run[]): string[] {
  return [...new Set(runs.map((run) => run.team))].sort((a, b) => a.localeCompare(b));
}
