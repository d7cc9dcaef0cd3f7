export type { Direction, LockSpec, Pound } from './types.js';
export { isLevel, rise } from './levels.js';
export { Gate, GuillotineGate, MitreGate, gatesFor } from './gates.js';
export { Lock, passageTime } from './lock.js';
