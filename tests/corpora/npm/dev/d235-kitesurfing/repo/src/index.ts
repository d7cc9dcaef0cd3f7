export { kiteFor, slotLabel } from './lessons';
export type { Lesson } from './lessons';
export { passEnds } from './passes';
