import { parseBallots } from './ballot';
import { instantRunoff, type Result } from './irv';

export type Reader = (name: string) => Promise<string>;

// Reads the ballot files of every precinct and counts them as one election.
export async function electionFromFiles(read: Reader, names: readonly string[]): Promise<Result> {
  const ballots = [];
  for (const name of names) {
    const text = await read(name);
    ballots.push(...parseBallots(text));
  }
  return instantRunoff(ballots);
}
