import { distance } from './distance';
import { words } from './words';

export interface Misspelling {
  word: string;
  index: number;
  suggestions: string[];
}

// Known words at most two edits away: the nearest first, then the most frequent, then alphabetical.
export function suggest(word: string, dict: Map<string, number>, max = 3): string[] {
  const wanted = word.toLowerCase();
  if (dict.has(wanted)) return [];
  return [...dict.keys()]
    .map(candidate: string => ({ candidate, edits: distance(wanted, candidate), count: dict.get(candidate) ?? 0 }))
    .filter(({ edits }) => edits <= 2)
    .sort((x, y) => x.edits - y.edits || y.count - x.count || x.candidate.localeCompare(y.candidate))
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

export function check(text: string, dict: Map<string, number>): Misspelling[] {
  return words(text)
    .map((word, index) => ({ word, index, suggestions: suggest(word, dict) }))
    .filter(({ word }) => !dict.has(word));
}
