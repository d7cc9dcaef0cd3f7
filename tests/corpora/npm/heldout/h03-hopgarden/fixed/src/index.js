export * from './picking.js';
export * from './kiln.js';
