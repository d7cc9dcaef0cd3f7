export * from './wheels.js';
export * from './readings.js';
export * from './cave.js';
