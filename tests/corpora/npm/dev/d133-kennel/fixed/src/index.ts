export { nights, parseDay } from './dates';
export { nightlyPence, sizeOf, stayPence } from './fees';
export { canBoard } from './rules';
export type { Dog, Size, Stay } from './types';
