import { parse } from './parser';

// The exact distribution of a roll without keep: the number of ways to reach each total, by convolving
// one die at a time.
export function distribution(notation: string): Map<number, number> {
  const spec = parse(notation);
  if (spec.keep) {
    throw new Error('no exact distribution for kept dice');
  }
  let ways = new Map<number, number>([[0, 1]]);
  for (let die = 0; die < spec.count; die++) {
    const next = new Map<number, number>();
    for (const [sum, count] of ways) {
      for (let face = 1; face <= spec.sides; face++) {
        next.set(sum + face, (next.get(sum + face) ?? 0) + count);
      }
    }
    ways = next;
  }
  return new Map([...ways].map(([sum, count]) => [sum + spec.modifier, count]));
}

export function probability(notation: string, atLeast: number): number {
  const ways = distribution(notation);
  let hits = 0;
  let total = 0;
  for (const [sum, count] of ways) {
    total += count;
    if (sum >= atLeast) {
      hits += count;
    }
  }
  return hits / total;
}

export function average(notation: string): number {
  const spec = parse(notation);
  return (spec.count * (spec.sides + 1)) / 2 + spec.modifier;
}
