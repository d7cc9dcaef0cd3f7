export * from './types.js';
export * from './deck.js';
export * from './fares.js';
export * from './manifest.js';
