export { Thread, threadNeeded } from './bobbins.js';
export { parseCode, readPattern } from './patterns.js';
