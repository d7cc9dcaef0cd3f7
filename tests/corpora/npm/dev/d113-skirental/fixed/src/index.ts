export * from './types';
export * from './dates';
export * from './pricing';
export * from './fitting';
