export { Harbour } from './harbour.js';
export { default as berthFor } from './berths.js';
export { RATE_PER_M, mooringFee, nightsBetween } from './fees.js';
