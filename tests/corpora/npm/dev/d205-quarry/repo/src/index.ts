export { describeLoad, Grade, gradeOf } from './grades';
export type { Load, StoneGrade } from './grades';
export { Quarry } from './quarry';
