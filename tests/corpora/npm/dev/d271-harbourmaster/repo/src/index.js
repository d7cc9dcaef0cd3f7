export { UNASSIGNED, assignBerth, berthCode, logArrival } from './berths.js';
export { skipperLine, validPhone } from './skippers.js';
