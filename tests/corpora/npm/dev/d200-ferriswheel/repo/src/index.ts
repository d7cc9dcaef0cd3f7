export { fareFor, ridersOf } from './fares';
export type { Party } from './fares';
export { takings, Wheel } from './wheel';
export type { Cabin, Ride, Rider } from './types';
