export * from './beds';
export * from './harvest';
