export { berthing, dues, voyageOf } from './berths';
export { Tide } from './tides';
export type { Harbour, Vessel } from './types';
