import { nights, type Booking } from './booking';

const PER_NIGHT = 22;
const LINEN = 5;

export function bill(booking: Booking, linen = false): number {
  return nights(booking) * PER_NIGHT + (linen ? LINEN : 0);
}
