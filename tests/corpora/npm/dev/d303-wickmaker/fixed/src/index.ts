export { Wick, WICKS } from './wicks';
export type { Priced } from './wicks';
export { batch, cost, parseLength, recent } from './batches';
export type { Batch } from './batches';
