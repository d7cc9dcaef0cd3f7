export { Kiln, volumeM3 } from './kiln';
export { cuttingList } from './lists';
export type { Board } from './types';
