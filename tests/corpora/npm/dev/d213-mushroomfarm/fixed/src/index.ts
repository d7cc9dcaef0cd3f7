export { cleanStrain, parseBatch } from './batches';
export { daysGrowing, humidityRange, readyToPick } from './harvest';
export type { Batch, Farm, Room, Strain } from './types';
