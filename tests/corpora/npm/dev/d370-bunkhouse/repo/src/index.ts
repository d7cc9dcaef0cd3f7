import { canBook, freeBeds, guestIn } from './beds';
import { nights, overlaps, type Booking } from './booking';
import { bill } from './tariff';

export function occupancy(existing: Booking[], beds: number, on: Date): number {
  return Math.round(((beds - freeBeds(existing, beds, on).length) / beds) * 100);
}

export { bill, canBook, freeBeds, guestIn, nights, overlaps, type Booking };
