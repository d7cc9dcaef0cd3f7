export { Passage, Pitch } from './passages';
export { metres, parseLegs } from './survey';
export type { Leg, Rigged } from './types';
