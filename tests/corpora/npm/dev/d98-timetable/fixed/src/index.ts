export * from './types.js';
export * from './time.js';
export * from './departures.js';
export * from './planner.js';
