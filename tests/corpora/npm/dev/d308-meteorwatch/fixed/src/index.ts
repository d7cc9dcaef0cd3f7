export type { Meteor, Satellite, Sighting } from './sky.js';
export { SHOWERS, expectedRate, shower } from './showers.js';
export type { Shower } from './showers.js';
export { WatchLog } from './log.js';
