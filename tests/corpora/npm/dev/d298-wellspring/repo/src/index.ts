export { Flow } from './types.js';
export type { Reading, Spring } from './types.js';
export { flowOf, tally } from './flow.js';
export { SpringLog } from './log.js';
