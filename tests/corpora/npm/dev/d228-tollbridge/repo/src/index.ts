export * from './types.js';
export * from './tariffs.js';
export * from './booths.js';
