export { default as turvesFrom } from './turves.js';
export * from './banks.js';
export * from './stacks.js';
