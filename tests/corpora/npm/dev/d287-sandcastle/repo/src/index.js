export * from './entries.js';
export * from './tides.js';
