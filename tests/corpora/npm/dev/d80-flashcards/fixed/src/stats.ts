import type { Card } from './types';

// How many reviews fall on each of the next `days` days; overdue cards count on the first.
export function forecast(cards: Card[], today: number, days: number): number[] {
  const counts = new Map<number, number>();
  for (const card of cards) {
    if (card.interval === 0) continue;
    const day = Math.max(card.due, today);
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const out: number[] = [];
  for (let day = today; day < today + days; day++) {
    const n: number = counts.get(day) ?? 0;
    out.push(n);
  }
  return out;
}

export function retention(grades: number[]): number {
  if (grades.length === 0) return 0;
  return Math.round((grades.filter((g) => g >= 3).length / grades.length) * 100);
}
