export * from './moisture.js';
export * from './kiln.js';
export * from './burns.js';
