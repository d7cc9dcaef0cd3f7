export * from './bays.js';
export * from './prices.js';
