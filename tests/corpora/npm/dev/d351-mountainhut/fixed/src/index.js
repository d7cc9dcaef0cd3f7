export { book, cost } from './booking.js';
export { nights } from './dates.js';
export { freeBeds, hutByName, weatherAt } from './huts.js';
