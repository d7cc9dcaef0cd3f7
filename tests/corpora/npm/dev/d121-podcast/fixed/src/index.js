export * from './catalog.js';
export * from './episodes.js';
export * from './queue.js';
