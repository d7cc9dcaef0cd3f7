export interface Last {
  name: string;
  soleCm: number;
}

export const LASTS = {
  oxford: { name: 'oxford', soleCm: 28 },
  derby: { name: 'derby', soleCm: 29.5 },
} satisfies Record<string, Last>;

export function findLast(name: string): Last | undefined {
  return Object.values(LASTS).find((last) => last.name === name);
}

// A UK adult size counts barleycorns (thirds of an inch) from 25 barleycorns below size 0.
export function lastLengthCm(size: number): number {
  return Math.round(((size + 25) / 3) * 2.54 * 10) / 10;
}
