export { MS_PER, UNITS, unitOf, type Unit } from './units.js';
export { between, parseDuration } from './parse.js';
export { clock, formatDuration, type FormatOptions } from './format.js';
