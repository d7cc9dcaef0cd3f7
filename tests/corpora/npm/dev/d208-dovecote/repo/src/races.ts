import type { Arrival, Clock } from './types.js';

// Pigeon races are ranked by velocity, in metres per minute, to two decimals.
export function velocity(distanceM: number, minutes: number): number {
  return Math.round((distanceM / minutes) * 100) / 100;
}

// The loft clock notes each ring number with the minutes its bird took, as the birds come home.
export function clockIn(clock: Clock, arrival: Arrival): void {
  if (arrival.ring in clock) throw new Error(`ring ${arrival.ring} is already clocked`);
  clock[arrival.ring] = arrival.minutes;
}

export function finishOrder(clock: Clock): number[] {
  return Object.keys(clock).map(Number);
}

export function winner(arrivals: Arrival[], distanceM: number): { ring: number; velocity: number } {
  let best = arrivals[0];
  for (const bird of arrivals) {
    if (bird.minutes < best.minutes) best = bird;
  }
  return { ring: bird.ring, velocity: velocity(distanceM, best.minutes) };
}
