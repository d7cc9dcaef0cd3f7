import { minutesOf } from './clock.js';
import type { Lateness, Train } from './types.js';

// Minutes late at each station the train has reported from; early counts as on time.
export function lateness(train: Train, actual: Record<string, string>): Lateness[] {
  const out: Lateness[] = [];
  for (const stop of train.stops) {
    const planned = stop.arr ?? stop.dep;
    const seen = actual[stop.station];
    if (!planned || !seen) continue;
    out.push({ station: stop.station, minutes: Math.max(0, minutesOf(seen) - minutesOf(planned)) });
  }
  return out;
}

// Punctual means less than five minutes late at the final destination, as the operators count it.
export function punctual(train: Train, actual: Record<string, string>): boolean {
  const last = train.stops[train.stops.length - 1];
  const report = lateness(train, actual).find((entry) => entry.station === last.station);
  return report !== undefined && report.minutes < 5;
}
