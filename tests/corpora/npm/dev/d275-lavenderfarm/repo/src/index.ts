export { PENCE_PER_UNIT, VARIETIES } from './varieties';
export { label, orderPence, scentCard, splitSku } from './products';
export type { Variety } from './varieties';
