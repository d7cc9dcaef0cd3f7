export { Console, reedStops } from './console.js';
export { totalLength, pipeCount } from './pipes.js';
export { parseLogDate, daysSince } from './log.js';
