export { TOLERANCE, condition, rationGrams } from './birds.js';
export { days, heaviest, loadLog, parseEntry, successRate } from './flights.js';
