import type { Ballot } from './ballot';

// Votes per remaining candidate: each ballot counts for its highest-ranked candidate still in the race.
export function firstChoices(ballots: readonly Ballot[], remaining: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const name of [...remaining].sort()) {
    counts.set(name, 0);
  }
  for (const ballot of ballots {
    const choice = ballot.find((name) => remaining.has(name));
    if (choice !== undefined) {
      counts.set(choice, (counts.get(choice) ?? 0) + 1);
    }
  }
  return counts;
}

// Candidates by votes, most first; equal votes in alphabetical order.
export function ranking(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts.entries()].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}
