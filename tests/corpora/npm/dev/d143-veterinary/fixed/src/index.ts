export { doseMg, tablets } from './dosing/dose';
export { drug, DRUGS } from './dosing/drugs';
export type { Drug, Patient, Species } from './types';
export { parseWeight, weightChange } from './weights';
