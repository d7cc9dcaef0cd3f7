export * from './types';
export * from './deck';
export * from './review';
export * from './session';
export * from './stats';
