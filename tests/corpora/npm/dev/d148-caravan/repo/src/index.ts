export { parseBooking } from './bookings.js';
export { formatDay, isPeak, nightsOf, parseDay } from './dates.js';
export { Park } from './park.js';
export { bookingPence, extrasPence, nightlyPence } from './tariff';
export type { Booking, Extra, Pitch } from './types.js';
