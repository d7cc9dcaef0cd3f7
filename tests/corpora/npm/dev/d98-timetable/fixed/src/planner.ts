import { departuresAfter } from './departures.js';
import { formatTime } from './time.js';
import type { Leg, Trip } from './types.js';

function ride(trip: Trip, from: string, to: string): Leg | null {
  const depart = trip.times[from];
  const arrive = trip.times[to];
  if (depart === undefined || arrive === undefined || arrive <= depart) return null;
  return { route: trip.route, from, to, depart, arrive };
}

// The journey that arrives first, direct or with one change of at least `change` minutes to another route;
// of journeys that arrive together, the one that leaves last.
export function plan(trips: Trip[], from: string, to: string, after: number, change = 3): Leg[] | null {
  const options: Leg[][] = [];
  for (const first of departuresAfter(trips, from, after)) {
    const direct = ride(first, from, to);
    if (direct) {
      options.push([direct]);
      continue;
    }
    for (const stop of Object.keys(first.times)) {
      const leg = ride(first, from, stop);
      if (!leg) continue;
      for (const second of departuresAfter(trips, stop, leg.arrive + change)) {
        const onward = second.route === first.route ? null : ride(second, stop, to);
        if (onward) options.push([leg, onward]);
      }
    }
  }
  options.sort((a, b) => a[a.length - 1].arrive - b[b.length - 1].arrive || b[0].depart - a[0].depart);
  return options[0] ?? null;
}

export function describeJourney(legs: Leg[]): string[] {
  return legs.map((leg) => `${formatTime(leg.depart)} ${leg.route} ${leg.from} -> ${leg.to} ${formatTime(leg.arrive)}`);
}
