// A ranked ballot: candidates from most to least preferred.
export type Ballot = readonly string[];

// One ballot a line, "Alice > Bob > Carol"; blank lines and lines starting with '#' are skipped.
export function parseBallots(text: string): Ballot[] {
  const ballots: Ballot[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      return;
    }
    const names = line.split('>').map((name) => name.trim());
    if (names.some((name) => name === '')) {
      throw new Error(`line ${index + 1}: empty candidate name`);
    }
    if (new Set(names).size !== names.length) {
      throw new Error(`line ${index + 1}: a candidate is ranked twice`);
    }
    ballots.push(names);
  });
  return ballots;
}
