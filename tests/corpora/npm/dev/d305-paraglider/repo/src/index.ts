export { flyable, parseSite } from './sites';
export type { Site } from './sites';
export { logbook, longest, rating } from './flights';
export type { Flight } from './flights';
