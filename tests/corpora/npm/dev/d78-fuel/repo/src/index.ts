export { average, legs } from './consumption.js';
export type { Leg } from './consumption.js';
export { parseFill, parseLog } from './log.js';
export type { Fill } from './log.js';
export { report } from './report.js';
export type { Report } from './report.js';
export { fromMpg, toMpg } from './units.js';
export type { Gallon } from './units.js';
