import type { Booking, Extra } from './types.js';

// One line of the booking sheet: "B1 2027-06-29 2027-07-02 car,dog" (pitch, arrival, departure, extras or "-").
export function parseBooking(line: string): Booking {
  const [pitch, arrive, leave, extras = '-'] = line.trim().split(/\s+/);
  return { pitch, arrive, leave, extras: extras === '-' ? [] : (extras.split(',') as Extra[]) };
}
