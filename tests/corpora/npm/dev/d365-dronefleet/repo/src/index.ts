export { RESERVE, canReach, flightMinutes } from './battery';
export { Drone, Fleet, type Job } from './fleet';
