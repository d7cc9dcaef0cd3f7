export * from './routes';
export * from './plan';
export type { CallOut, Road, Route } from './types';
