export * from './types';
export * from './dates';
export * from './schedule';
export * from './votes';
