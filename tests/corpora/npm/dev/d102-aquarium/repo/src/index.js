export * from './water.js';
export * from './log.js';
export * from './stocking.js';
