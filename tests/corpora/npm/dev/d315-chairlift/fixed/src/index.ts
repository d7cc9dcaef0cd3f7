export * from './lifts';
export * from './queue';
