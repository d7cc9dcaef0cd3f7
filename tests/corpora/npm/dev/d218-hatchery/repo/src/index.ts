export { keeperName, largest, rationGrams, tanksOnRota } from './tanks.js';
export { Stage } from './types.js';
export type { Keeper, Tank } from './types.js';
