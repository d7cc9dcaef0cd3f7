import type { RaceResult } from './types';

export function formatBoard(results: RaceResult[]): string[] {
  const width = Math.max(...results.map((result) => result.rider.length));
  return results.map(
    (result, index) => `${index + 1}. ${result.rider.padEnd(width)} ${String(result.points).padStart(3)}`,
  );
}
