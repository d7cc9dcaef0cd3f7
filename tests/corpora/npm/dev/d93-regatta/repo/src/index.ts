export * from './types';
export * from './scoring/points';
export * from './series';
