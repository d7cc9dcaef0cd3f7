export { book, findTogether, parsePlan } from './plan';
export { GROUP_DISCOUNT, GROUP_SIZE, groupPrice, priceBands } from './pricing/group';
export { parseSeat, rowIndex, seatLabel } from './seats';
export type { Plan, Row, SeatRef } from './types';
