import type { Finish } from '../types';

// Low points: a place scores its number; a boat that did not start or finish, or was disqualified,
// scores one more than the number of boats entered.
export function pointsFor(finish: Finish, entries: number): number {
  return typeof finish === 'number' ? finish : entries;
}

// How many of a series' worst scores are left out: one from the fourth race, two from the eighth.
export function discardsFor(races: number): number {
  return races >= 8 ? 2 : races >= 4 ? 1 : 0;
}

// The races of the `count` worst scores, which are left out; of equal scores the later race goes first.
export function worstRaces(scores: number[], count: number): number[] {
  return scores
    .map((score, race) => [score, race])
    .sort((a, b) => b[0] > a[0])
    .slice(0, count)
    .map(([, race]) => race);
}
