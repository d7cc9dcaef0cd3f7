export { Grid } from './grid';
export { fitting, palette, sheetsFor, tilesAlong } from './materials';
export type { Material, Pack } from './types';
