export * from './huts';
export * from './licences';
export * from './report';
export type { Catch, HutLine } from './types';
