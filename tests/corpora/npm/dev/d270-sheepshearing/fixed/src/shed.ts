import type { Run } from './types';

export class Shed {
  runs = 0;
  // Each shearer's tally for the day, in the order they first came onto the board.
  private readonly tallies = new Map<string, number>();

  constructor(readonly name: string) {}

  record(run: Run): void {
    for (const [shearer, count] of Object.entries(run.counts)) {
      this.tallies.set(shearer, (this.tallies.get(shearer) ?? 0) + count);
    }
    this.runs += 1;
  }

  total(): number {
    let sheep = 0;
    for (const count of this.tallies.values()) sheep += count;
    return sheep;
  }

  // The gun is the shearer with the day's highest tally.
  gun(): string | undefined {
    let best: [string, number] | undefined;
    for (const entry of this.tallies) if (!best || entry[1] > best[1]) best = entry;
    return best?.[0];
  }

  shearers(): string[] {
    return [...this.tallies.keys()].sort();
  }
}
