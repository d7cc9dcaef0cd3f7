export { FlightPlan, launchCheck } from './plan';
export type { Envelope, Wind } from './types';
