export { flourKg, sacksOf } from './flour.js';
export { Windmill } from './windmill.js';
export type { MillSpec, Order, RyeOrder, WheatOrder } from './types.js';
