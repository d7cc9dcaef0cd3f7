import { durationMinutes } from '../rides.js';
import type { Ride } from '../types.js';
import { RATES } from './rates.js';

// Casual riders pay to unlock; members ride their first half hour free. Every started block after that is paid.
export function fare(ride: Ride): number {
  const free = ride.member ? RATES.memberFreeMinutes : 0;
  const blocks = Math.ceil(Math.max(0, durationMinutes(ride) - free) / RATES.blockMinutes);
  return (ride.member ? 0 : RATES.unlock) + blocks * RATES.perBlock;
}
