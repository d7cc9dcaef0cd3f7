export { capacity, type Car, type SeatPlan } from './cars.js';
export { Line } from './lines.js';
export { fare, loadLine, summary, type CardKind } from './journeys.js';
