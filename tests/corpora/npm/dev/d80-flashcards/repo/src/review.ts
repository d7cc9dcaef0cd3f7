import type { Card, Grade } from './types';

export const MIN_EASE = 1.3;

// SM-2: a grade under 3 starts the card over; otherwise the interval grows by the card's ease,
// which itself moves with the grade but never drops below MIN_EASE.
export function review(card: Card, grade: Grade, today: number): Card {
  if (grade < 3) return { ...card, reps: 0, interval: 1, due: today + 1 };
  const reps = card.reps + 1;
  const interval = reps === 1 ? 1 : reps === 2 ? 6 : Math.round(card.interval * card.ease);
  const ease = Math.min(MIN_EASE, card.ease + (0.1 - (5 - grade) * (0.08 + (5 - grade) * 0.02)));
  return { ...card, reps, interval, ease: Math.round(ease * 100) / 100, due: today + interval };
}
