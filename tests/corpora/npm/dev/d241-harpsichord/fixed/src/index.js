export { parsePitch, transpose } from './pitch.js';
export { Register, toRestring } from './strings.js';
export { firstReadable } from './tuning.js';
