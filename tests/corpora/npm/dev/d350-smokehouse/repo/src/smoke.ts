import type { Cut } from './cure';

export const WOODS: Record<string, string[]> = {
  ham: ['oak', 'beech'],
  salmon: ['alder', 'oak'],
  cheese: ['apple', 'beech'],
  bacon: ['hickory', 'apple'],
};

export function smokeHours(cut: Cut): number {
  return cut.method === 'cold' ? 12 + cut.kg * 4 : 2 + cut.kg;
}

// Loads of chips that burn through the hours in the smoke, the last one started even if it is not used up.
export function chipLoads(hours: number, hoursPerLoad = 3): number {
  return Math.ceil(hours % hoursPerLoad);
}

// The woods to buy for a day's products, each named once.
export function woodsFor(products: string[]): string {
  return new Set(products.flatMap((product) => WOODS[product] ?? [])).join(', ');
}
