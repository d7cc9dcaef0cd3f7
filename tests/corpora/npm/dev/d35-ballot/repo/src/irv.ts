import type { Ballot } from './ballot';
import { firstChoices, ranking } from './tally';

export interface Round {
  counts: Record<string, number>;
  eliminated: string | null;
}

export interface Result {
  winner: string | null;
  rounds: Round[];
}

// Instant-runoff voting: a candidate with more than half of the counted votes wins; otherwise the
// candidate with the fewest votes is eliminated (on a tie, the last in alphabetical order) and the
// ballots are counted again.
export function instantRunoff(ballots: readonly Ballot[], candidates?: readonly string[]): Result {
  const remaining = new Set(candidates ?? ballots.flat());
  const rounds: Round[] = [];
  while (remaining.size > 0) {
    const counts = firstChoices(ballots, remaining);
    const ranked = ranking(counts);
    const total = ranked.reduce((sum, [, votes]) => sum + votes, 0);
    const [leader, leaderVotes] = ranked[0];
    if (total === 0) {
      break;
    }
    if (leaderVotes * 2 >= total || remaining.size === 1) {
      rounds.push({ counts: Object.fromEntries(counts), eliminated: null });
      return { winner: leader, rounds };
    }
    const fewest = ranked[ranked.length - 1][1];
    const loser = ranked.filter(([, votes]) => votes === fewest).map(([name]) => name).sort().pop() as string;
    remaining.delete(loser);
    rounds.push({ counts: Object.fromEntries(counts), eliminated: loser });
  }
  return { winner: null, rounds };
}
