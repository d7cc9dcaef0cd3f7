export type { Arrival, Checkpoint, Dog, Position } from './types';
export * from './team';
export * from './race';
