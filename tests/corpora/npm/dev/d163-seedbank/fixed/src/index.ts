export * from './germination';
export * from './vault';
export type { Accession, GerminationTest, Withdrawal } from './types';
