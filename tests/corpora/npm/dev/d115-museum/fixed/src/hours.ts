import type { Slot } from './types';

// Opening and closing time by weekday, Sunday first, in minutes after midnight; closed on Mondays.
const HOURS: Array<[number, number]> = [
  [11 * 60, 17 * 60],
  [0, 0],
  [10 * 60, 18 * 60],
  [10 * 60, 18 * 60],
  [10 * 60, 21 * 60],
  [10 * 60, 18 * 60],
  [10 * 60, 18 * 60],
];

const SLOT_MINUTES = 30;
const LAST_ENTRY_BEFORE_CLOSE = 60;

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function isOpen(date: string): boolean {
  const [open, close] = HOURS[new Date(`${date}T12:00:00Z`).getUTCDay()];
  return close > open;
}

// Timed entry: a slot every half hour until an hour before closing, each with what is left of its capacity.
export function slots(date: string, capacity: number, booked: Record<string, number>): Slot[] {
  const [open, close] = HOURS[new Date(`${date}T12:00:00Z`).getUTCDay()];
  const out: Slot[] = [];
  for (let t = open; t <= close - LAST_ENTRY_BEFORE_CLOSE; t += SLOT_MINUTES) {
    const time = clock(t);
    out.push({ time, left: Math.min(capacity, Math.max(0, capacity - (booked[time] ?? 0))) });
  }
  return out;
}
