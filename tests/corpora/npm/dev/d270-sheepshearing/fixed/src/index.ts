export * from './handpieces';
export * from './shed';
export type { Run } from './types';
