export * from './gears.js';
export * from './planets.js';
