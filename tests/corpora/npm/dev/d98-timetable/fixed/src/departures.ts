import { formatTime, parseTime } from './time.js';
import type { Trip } from './types.js';

// The trips that call at a stop at or after a minute, in the order they call there.
export function departuresAfter(trips: Trip[], stop: string, after: number): Trip[] {
  return trips
    .filter((trip) => trip.times[stop] !== undefined && trip.times[stop] >= after)
    .sort((a, b) => a.times[stop] - b.times[stop]);
}

// What the stop's display shows: the next few calls from 'now' on.
export function nextDepartures(trips: Trip[], stop: string, now: string, count = 3): string[] {
  return departuresAfter(trips, stop, parseTime(now))
    .slice(0, count)
    .map((trip) => `${formatTime(trip.times[stop])} ${trip.route}`);
}
