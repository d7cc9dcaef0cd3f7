export { checkGauge, legHours, tripHours } from './trip.js';
export { PORTAGES, carryMetres, longestFirst } from './portages.js';
