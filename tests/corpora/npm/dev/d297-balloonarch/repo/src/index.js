export { balloonsNeeded, pattern } from './arch.js';
export { Diary } from './diary.js';
