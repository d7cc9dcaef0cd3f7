export { CombinationLock, WordLock } from './locks.js';
export { Room } from './room.js';
export { default as Timer } from './timer.js';
export type { Puzzle } from './types.js';
