export { Descent, kitList } from './descent';
export { GuidedDescent } from './guided';
