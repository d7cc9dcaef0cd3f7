export * from './types.js';
export * from './clock.js';
export * from './timetable.js';
export * from './delays.js';
