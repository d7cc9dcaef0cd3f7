export * from './repairs.js';
export * from './bench.js';
