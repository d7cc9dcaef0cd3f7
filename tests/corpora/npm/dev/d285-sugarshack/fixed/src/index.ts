export * from './evaporator';
export * from './taps';
