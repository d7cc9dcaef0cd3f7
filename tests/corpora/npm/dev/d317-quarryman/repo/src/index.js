export * from './blocks.js';
export * from './orders.js';
