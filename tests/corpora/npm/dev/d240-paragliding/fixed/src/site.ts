import type { Briefing, Reading, Site, Slot } from './types';

const KMH_PER_KNOT = 1.852;

// A site is flyable when the wind blows within 45° of straight up its slope and below the site's limit.
export function flyable(site: Site, reading: Reading): boolean {
  const toKnots = (kmh: number) => kmh / KMH_PER_KNOT;
  const off = Math.abs(((reading.fromDeg - site.facingDeg + 540) % 360) - 180);
  return off <= 45 && toKnots(reading.kmh) <= site.maxKnots;
}

// The launch queue holds a row of slots for each hour of the day, true where a pilot is booked.
export function firstFreeSlot(queue: boolean[][]): Slot | null {
  let free: Slot | null = null;
  hours: for (let hour = 0; hour < queue.length; hour += 1) {
    for (let slot = 0; slot < queue[hour].length; slot += 1) {
      if (!queue[hour][slot]) {
        free = { hour, slot };
        break hours;
      }
    }
  }
  return free;
}

// The briefing gives the wind in whole knots and the earliest free place in the queue.
export function briefing(site: Site, reading: Reading, queue: boolean[][]): Briefing {
  const knots = Math.round(reading.kmh / KMH_PER_KNOT);
  return { site: site.name, knots, launch: flyable(site, reading) ? firstFreeSlot(queue) : null };
}

const RADIO = 'Wind {knots} knots from {deg}, {verdict}';

export function radioCall(site: Site, reading: Reading): string {
  const rounded = Math.round(reading.kmh / KMH_PER_KNOT);
  return RADIO.replace('{knots}', String(rounded))
    .replace('{deg}', String(reading.fromDeg).padStart(3, '0'))
    .replace('{verdict}', flyable(site, reading) ? 'launch open' : 'launch closed');
}
