export { harnessSize, RIDER_LIMITS } from './harness.js';
export { makeLine, slopeDegrees, verdict } from './line.js';
export { Park } from './park.js';
export type { Limits, Line, Rig } from './types.js';
