export * from './churn.js';
export * from './counter.js';
export * from './flavours.js';
