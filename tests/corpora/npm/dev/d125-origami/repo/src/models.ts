import type { Model } from './types';

// Shared by every caller, so frozen: nobody can reorder the catalogue by accident.
const CATALOGUE = Object.freeze([
  { name: 'crane', base: 'bird', steps: 21, difficulty: 2 },
  { name: 'jumping frog', base: 'waterbomb', steps: 14, difficulty: 1 },
  { name: 'lily', base: 'frog', steps: 35, difficulty: 3 },
  { name: 'fox', base: 'kite', steps: 9, difficulty: 1 },
  { name: 'flapping bird', base: 'bird', steps: 18, difficulty: 2 },
]) as Model[];

export function byDifficulty(): Model[] {
  return [...CATALOGUE].sort((a, b) => a.difficulty - b.difficulty || a.steps - b.steps);
}

export function fromBase(base: string): string[] {
  return (Object.groupBy(CATALOGUE, (model) => model.base)[base] ?? []).map((model) => model.name);
}
