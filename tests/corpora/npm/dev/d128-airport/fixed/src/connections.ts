import { minutesBetween } from './clock.js';
import type { Connection, Flight } from './types.js';

// Minimum connection times: changing terminal takes longer.
const SAME_TERMINAL = 45;
const OTHER_TERMINAL = 75;

export function connection(from: Flight, to: Flight): Connection {
  const minutes = minutesBetween(from.arrives, to.departs);
  const needed = from.terminal === to.terminal ? SAME_TERMINAL : OTHER_TERMINAL;
  return { from: from.code, to: to.code, minutes, ok: minutes >= needed };
}

// Every onward flight the passenger can make after arriving on `arrival`.
export function onward(arrival: Flight, flights: Flight[]): string[] {
  return flights
    .filter((flight) => flight.code !== arrival.code)
    .map((flight) => connection(arrival, flight))
    .filter((link) => link.ok)
    .map((link) => link.to);
}
