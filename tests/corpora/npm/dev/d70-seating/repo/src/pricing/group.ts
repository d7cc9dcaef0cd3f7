import { rowIndex } from './seats';
import type { Plan } from '../types';

export const GROUP_SIZE = 8;
export const GROUP_DISCOUNT = 0.1;

// Groups of eight or more get a tenth off. Sums are taken in cents so that 0.1 + 0.2 does not drift.
export function groupPrice(prices: number[]): number {
  const cents = prices.reduce((sum, price) => sum + Math.round(price * 100), 0);
  const total = prices.length >= GROUP_SIZE ? Math.round(cents * (1 - GROUP_DISCOUNT)) : cents;
  return total / 100;
}

// The rows at each price, dearest first, each band's rows from the front.
export function priceBands(plan: Plan): Array<{ price: number; rows: string[] }> {
  const bands = new Map<number, string[]>();
  for (const row of plan.rows) {
    bands.set(row.price, [...(bands.get(row.price) ?? []), row.row]);
  }
  return [...bands]
    .map(([price, rows]) => ({ price, rows: rows.sort((a, b) => rowIndex(a) - rowIndex(b)) }))
    .sort((a, b) => b.price - a.price);
}
