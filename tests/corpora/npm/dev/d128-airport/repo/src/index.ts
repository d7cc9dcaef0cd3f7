export * from './boarding.js';
export * from './clock.js';
export * from './connections.js';
export type { Connection, Flight } from './types.js';
