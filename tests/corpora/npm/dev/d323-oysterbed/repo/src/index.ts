export * from './beds';
export * from './grading';
