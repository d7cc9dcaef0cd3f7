export * from './types.js';
export * from './rides.js';
export * from './fares/index.js';
export * from './stations.js';
export * from './report.js';
