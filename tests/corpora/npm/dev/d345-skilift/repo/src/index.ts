export * from './cabins';
export * from './line';
