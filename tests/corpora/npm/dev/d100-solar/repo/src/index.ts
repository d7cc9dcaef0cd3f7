export * from './types';
export * from './output';
export * from './finance';
export * from './report';
