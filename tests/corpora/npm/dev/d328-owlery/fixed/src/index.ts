export type { Pellet } from './pellets.js';
export { label, preyPerPellet, preyTotals } from './pellets.js';
export { BoxRound } from './boxes.js';
