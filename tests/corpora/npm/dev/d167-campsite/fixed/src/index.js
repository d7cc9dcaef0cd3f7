export { parsePitch, surface, openGate } from './pitches.js';
export { nightsOf, Bookings } from './bookings.js';
