export { clock, probeWithin, runningTime } from './playlist.js';
export { parseLog, peak, royaltyPence } from './royalties.js';
export { Schedule } from './schedule.js';
