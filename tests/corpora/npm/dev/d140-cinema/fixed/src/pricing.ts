import { toMinutes } from './clock';
import type { Showing, TicketKind } from './types';

const PRICES: Record<TicketKind, number> = { adult: 1150, child: 750, concession: 850 };
const MATINEE_BEFORE = toMinutes('17:00');
const BOOKING_FEE = 95; // per order, in pence

export function ticketPrice(kind: TicketKind, showing: Showing): number {
  const price = PRICES[kind];
  return toMinutes(showing.start) < MATINEE_BEFORE ? Math.round(price * 0.8) : price;
}

export function orderTotal(showing: Showing, tickets: TicketKind[]): number {
  const seats = tickets.reduce((sum, kind) => sum + ticketPrice(kind, showing), 0);
  return tickets.length ? seats + BOOKING_FEE : 0;
}
