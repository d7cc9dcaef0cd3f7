export * from './types';
export * from './grid';
export * from './numbering';
export * from './fill';
