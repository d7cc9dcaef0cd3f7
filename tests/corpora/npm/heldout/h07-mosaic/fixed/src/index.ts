export { Grid } from './grid';
export { palette, sheetsFor, tilesAlong } from './materials';
export type { Material, Pack } from './types';
