export * from './creases';
export * from './models';
export * from './paper';
export type { Crease, Fold, Model } from './types';
