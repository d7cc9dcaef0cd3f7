import { DAY_MINUTES, minutesOf } from './clock.js';
import type { Stop, Train } from './types.js';

function stopAt(train: Train, station: string): Stop {
  for (const stop of train.stops) {
    if (stop.station === station) {
      return stop;
    }
  throw new Error(`${train.id} does not call at ${station}`);
}

// Minutes on board from one station to another; a night train's journey runs past midnight.
export function journeyMinutes(train: Train, from: string, to: string): number {
  const dep = stopAt(train, from).dep;
  const arr = stopAt(train, to).arr;
  if (!dep || !arr) throw new Error(`${train.id} has no times from ${from} to ${to}`);
  return minutesOf(arr) - minutesOf(dep) + DAY_MINUTES;
}

// Trains leaving the station a passenger off the arriving train can still catch.
export function connections(arriving: Train, departing: Train[], station: string, changeMinutes: number): string[] {
  const arr = stopAt(arriving, station).arr;
  if (!arr) throw new Error(`${arriving.id} does not arrive at ${station}`);
  return departing
    .filter((train) => {
      const dep = train.stops.find((stop) => stop.station === station)?.dep;
      return dep !== undefined && minutesOf(dep) - minutesOf(arr) >= changeMinutes;
    })
    .map((train) => train.id);
}
