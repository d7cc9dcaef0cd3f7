export { departures, timetable } from './departures.js';
export { dispatch } from './dispatch.js';
export type { Sensor } from './dispatch.js';
export { fare, receipt } from './fares.js';
export type { Route, Ticket } from './types.js';
