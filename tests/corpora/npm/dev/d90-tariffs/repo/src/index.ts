export * from './types';
export * from './meter';
export * from './tariff';
export * from './bill';
