export { fuelCost, splitCost } from './split.js';
export { nextDriver } from './rotation.js';
