export { Line } from './cabins.js';
export { DEFAULT_CABIN, loadKg, tally } from './loads.js';
export type { Cabin, Tally } from './loads.js';
export { standardLine, timetable } from './network.js';
