export * from './board.js';
export * from './pools.js';
export * from './visits.js';
