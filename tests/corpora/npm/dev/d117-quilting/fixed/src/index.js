export * from './cutting.js';
export * from './blocks.js';
