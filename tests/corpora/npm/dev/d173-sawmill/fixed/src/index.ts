export * from './cutting';
export * from './grading';
export * from './mill';
export * from './scale';
export type { Board, Grade, Log } from './types';
