export { fare, zones } from './fares.js';
export { aboard, manifest } from './manifest.js';
export { board, departures } from './timetable.js';
