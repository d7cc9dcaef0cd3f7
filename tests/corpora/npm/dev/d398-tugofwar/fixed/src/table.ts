export interface Result {
  team: string;
  won: number;
  lost: number;
}

// The league table: most pulls won first, and of teams level, the one that lost fewer.
export function standings(results: Result[]): string[] {
  return [...results]
    .sort((a, b) => b.won - a.won || a.lost - b.lost)
    .map((result) => result.team);
}
