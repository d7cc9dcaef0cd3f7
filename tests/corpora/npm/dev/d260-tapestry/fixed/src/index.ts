export * from './looms';
export type { Commission, Status, WarpSpec } from './types';
