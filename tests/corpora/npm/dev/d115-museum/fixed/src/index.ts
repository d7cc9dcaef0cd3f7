export * from './types';
export * from './hours';
export * from './tickets';
