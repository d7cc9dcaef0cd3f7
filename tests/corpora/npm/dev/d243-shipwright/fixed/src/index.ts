export { hullsBuilt, layKeel } from './hulls';
export { dropRotten, strakeLength } from './planks';
export type { Hull, Plank } from './types';
