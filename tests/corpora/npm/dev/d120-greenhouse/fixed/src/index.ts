export * from './climate';
export * from './growth';
export * from './report';
export type { Crop, DayLog, Reading } from './types';
