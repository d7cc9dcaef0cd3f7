export { default as Catalog } from './catalog';
export type { Product } from './catalog';
export { COINS, isCoin, makeChange, total } from './change';
export type { Coin, CoinBox } from './change';
export { createMachine, VendingMachine } from './machine';
export type { Sale } from './machine';
