export * from './runs';
export * from './teams';
export * from './types';
