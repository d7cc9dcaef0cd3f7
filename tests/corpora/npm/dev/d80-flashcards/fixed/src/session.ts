import { dueCards } from './deck';
import type { Card } from './types';

export interface SessionLimits {
  maxNew?: number;
  maxReviews?: number;
}

// Reviews first, the most overdue first, then a few cards never studied.
export function nextSession(cards: Card[], today: number, { maxNew = 5, maxReviews = 20 }: SessionLimits = {}): Card[] {
  const reviews = dueCards(cards, today).slice(0, maxReviews);
  const fresh = cards.filter((card) => card.interval === 0).slice(0, maxNew);
  return [...reviews, ...fresh];
}
