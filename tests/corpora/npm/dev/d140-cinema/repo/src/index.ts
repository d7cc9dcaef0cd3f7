export { formatClock, toMinutes } from './clock';
export { orderTotal, ticketPrice } from './pricing';
export { endsAt, filmStarts, nextShowing, screenClashes } from './schedule';
export { findTogether, parseSeat } from './seats';
export type { Seat, Showing, TicketKind } from './types';
