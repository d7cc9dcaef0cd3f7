import { fare } from './fares/index.js';
import { durationMinutes } from './rides.js';
import type { Ride } from './types.js';

export interface DayReport {
  rides: number;
  members: number;
  revenue: number;
  averageMinutes: number;
}

export function dayReport(rides: Ride[]): DayReport {
  let revenue = 0;
  let minutes = 0;
  let members = 0;
  for (const ride of rides) {
    revenue += fare(ride);
    minutes += durationMinutes(ride);
    if (ride.member) members += 1;
  }
  return {
    rides: rides.length,
    members,
    revenue: Math.round(revenue * 100) / 100,
    averageMinutes: rides.length ? Math.round(minutes / rides.length) : 0,
  };
}
