export * from './pitch.js';
export * from './roster.js';
export * from './attendance.js';
