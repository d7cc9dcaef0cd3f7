export * from './banks';
export * from './drying';
