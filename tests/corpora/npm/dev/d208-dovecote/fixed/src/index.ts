export { Loft } from './lofts.js';
export { clockIn, finishOrder, velocity, winner } from './races.js';
export type { Arrival, Clock, Pigeon } from './types.js';
