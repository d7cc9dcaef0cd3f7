import { parseDate } from './dates';
import type { Kind, Quote, Rental } from './types';

const DAILY_PENCE: Record<Kind, number> = { skis: 1800, boots: 900, poles: 300, helmet: 400 };
const CHILD_AGE = 12;
const CHILD_DISCOUNT = 0.4;

// A whole week is charged as five days, and so are six or seven days beyond whole weeks.
export function chargedDays(days: number): number {
  return Math.floor(days / 7) * 5 + Math.min(days % 7, 5);
}

// The February half-term week is high season: 20 % on top.
export function isHighSeason(date: string): boolean {
  const day = parseDate(date);
  return day.getUTCMonth() === 1 && day.getUTCDate() >= 14 && day.getUTCDate() <= 22;
}

export function quote(rental: Rental): Quote {
  const days = rentalDays(rental.from, rental.to);
  const daily = rental.items.reduce((sum, kind) => sum + DAILY_PENCE[kind], 0);
  let pence = daily * chargedDays(days);
  if (isHighSeason(rental.from)) pence = Math.round(pence * 1.2);
  if (rental.age < CHILD_AGE) pence = Math.round(pence * (1 - CHILD_DISCOUNT));
  return { days, pence };
}
