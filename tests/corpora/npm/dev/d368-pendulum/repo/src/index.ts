export { DAILY_LOSS_S, Escapement } from './escapement.js';
export { G, beatsPerHour, circularLossSPerDay, lengthFor, periodS, type Swing } from './period.js';
export { TURN_M, secondsPerDay, turnsToRegulate } from './regulate.js';
