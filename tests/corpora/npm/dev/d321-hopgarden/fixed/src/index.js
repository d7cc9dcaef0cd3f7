export * from './picking.js';
export * from './kiln.js';
export * from './oast.js';
