import type { Booking, Sailing } from './types.js';

// The gap left between vehicles in a lane, in metres; bicycles and foot passengers take no lane space.
export const GAP_M = 0.5;

export function laneMetresUsed(bookings: Booking[]): number {
  let total = 0;
  for (const b of bookings) {
    if (b.kind === 'bicycle' || b.kind === 'foot') continue;
    total += b.lengthM + GAP_M;
  }
  return Math.round(total * 10) / 10;
}

// Whether one more booking still fits on the deck and in the seats.
export function fits(sailing: Sailing, bookings: Booking[], next: Booking): boolean {
  const seats = bookings.reduce((sum, b) => sum + b.passengers, 0) + next.passengers;
  return laneMetresUsed([...bookings, next]) <= sailing.laneMetres && seats <= sailing.seats;
}
