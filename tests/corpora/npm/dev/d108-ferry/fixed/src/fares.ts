import type { Booking, VehicleKind } from './types.js';

// Base fares in pence by vehicle; vehicles over 5 m pay a supplement for each metre or part of one beyond it.
const BASE: Record<VehicleKind, number> = { car: 4200, van: 5600, motorbike: 2100, bicycle: 400, foot: 0 };
const PASSENGER = 950;
const PER_EXTRA_METRE = 1100;
const FREE_LENGTH_M = 5;

export function fare(booking: Booking): number {
  const extra = Math.max(0, Math.ceil(booking.lengthM - FREE_LENGTH_M));
  return BASE[booking.kind] + extra * PER_EXTRA_METRE + booking.passengers * PASSENGER;
}

export function totalFares(bookings: Booking[]): number {
  return bookings.reduce((sum, b) => sum + fare(b), 0);
}
