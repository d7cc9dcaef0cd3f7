export { CATALOGUE } from './catalogue';
export { Show } from './show';
export { planShow } from './program';
export type { Colour, Cue, Shell } from './types';
