export * from './course.js';
export * from './score.js';
