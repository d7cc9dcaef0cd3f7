export * from './gates.js';
export * from './log.js';
