export { clock, probeWithin, runningTime } from './playlist.js';
export { parseLog, peak, playCode, royaltyPence } from './royalties.js';
export { Schedule } from './schedule.js';
