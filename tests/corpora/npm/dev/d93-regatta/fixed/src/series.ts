import { discardsFor, pointsFor, worstRaces } from './scoring/points';
import type { Race, Standing } from './types';

const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);

// The series table: lowest net points first; on a tie, the better score in the last race.
export function standings(boats: string[], races: Race[]): Standing[] {
  const count = discardsFor(races.length);
  const table = boats.map((boat) => {
    const scores = races.map((race) => pointsFor(race.finishes[boat] ?? 'DNS', boats.length));
    const discarded = worstRaces(scores, count);
    return { boat, scores, discarded, total: sum(scores), net: sum(scores.filter((_, race) => !discarded.includes(race))) };
  });
  return table.sort((a, b) => a.net - b.net || a.scores[a.scores.length - 1] - b.scores[b.scores.length - 1]);
}

// One line a boat: place, sail number, each race (discards in brackets) and the net points.
export function formatTable(table: Standing[]): string[] {
  return table.map((s, i) => {
    const cells = s.scores.map((score, race) => (s.discarded.includes(race) ? `(${score})` : String(score)));
    return `${i + 1}. ${s.boat} ${cells.join(' ')} = ${s.net}`;
  });
}
