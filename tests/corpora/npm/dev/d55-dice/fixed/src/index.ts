export { format, parse } from './notation';
export type { DiceSpec } from './notation';
export { mulberry32, sequence } from './rng';
export type { Random } from './rng';
export { roll, rollDie } from './roll';
export type { Roll } from './roll';
export { average, distribution, probability } from './stats';
