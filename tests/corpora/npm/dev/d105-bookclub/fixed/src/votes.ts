// Instant-runoff vote on the next book: each ballot ranks titles, the title with the fewest first
// choices is dropped until one has a majority of the ballots still counting.
export function runoff(ballots: string[][]): { winner: string; rounds: number } {
  let remaining = new Set(ballots.flat());
  for (let round = 1; ; round++) {
    const tally = new Map<string, number>();
    for (const title of remaining) tally.set(title, 0);
    let counted = 0;
    for (const ballot of ballots) {
      const choice = ballot.find((title) => remaining.has(title));
      if (choice === undefined) continue;
      tally.set(choice, tally.get(choice)! + 1);
      counted += 1;
    }
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (ranked[0][1] * 2 > counted || ranked.length === 1) return { winner: ranked[0][0], rounds: round };
    const fewest = ranked[ranked.length - 1][0];
    remaining = new Set([...remaining].filter((title) => title !== fewest));
  }
}
