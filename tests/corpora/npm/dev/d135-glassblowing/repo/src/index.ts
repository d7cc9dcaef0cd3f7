export { gatherGrams, gathersFor } from './gather';
export { coolingMinutes, Kiln } from './kiln';
export type { Piece, Slot } from './types';
