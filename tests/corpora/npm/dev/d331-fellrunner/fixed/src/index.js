export * from './naismith.js';
export * from './results.js';
export * from './format.js';
