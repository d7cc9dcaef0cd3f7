export { card, label, meanLengthMm } from './labels.js';
export { chosen, combined } from './pools.js';
