import { clashes, programme } from './schedule';
import { seatLabel } from './seating';
import { visible } from './sky';
import type { Show, Star } from './types';

// Under the city's sky the naked eye reaches about magnitude 3.
export const CITY_LIMIT = 3;

export function tonight(shows: Show[], stars: Star[]): { order: string[]; clash: boolean; outside: string[] } {
  const order = programme(shows);
  const clash = order.some((show, i) => i > 0 && clashes(order[i - 1], show));
  return { order: order.map((show) => show.title), clash, outside: visible(stars) };
}

export function ticket(show: Show, row: number, seat: number): string {
  return `${show.start} ${show.title} seat ${seatLabel(row, seat)}`;
}
