import { fits, laneMetresUsed } from './deck.js';
import { fare } from './fares.js';
import type { Booking, Sailing } from './types.js';

// Takes bookings in the order they came until the ferry is full; later ones that fit still go.
export function load(sailing: Sailing, requests: Booking[]): { aboard: Booking[]; refused: string[] } {
  const aboard: Booking[] = [];
  const refused: string[] = [];
  for (const request of requests) {
    if (fits(sailing, aboard, request)) aboard.push(request);
    else refused.push(request.ref);
  }
  return { aboard, refused };
}

export function manifest(sailing: Sailing, aboard: Booking[]): string[] {
  const hour = Number(sailing.departs.slice(11, 13));
  const lines = [`${sailing.route} ${sailing.departs.slice(0, 10)} ${hour < 12 ? 'morning' : 'afternoon'} sailing`];
  for (const b of aboard) lines.push(`${b.ref} ${b.kind} ${b.passengers}p £${(fare(b) / 100).toFixed(2)}`);
  lines.push(`deck ${laneMetresUsed(aboard)}/${sailing.laneMetres} m`);
  return lines;
}
