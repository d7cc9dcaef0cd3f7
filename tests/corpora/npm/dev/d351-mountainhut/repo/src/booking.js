import { freeBeds, hutByName } from './huts.js';
import { weatherAt } from './huts.js';

import { daysBetween as nights } from './dates.js';

export function cost(hut, arrive, leave, guests) {
  return nights(arrive, leave) * guests * (hut.pricePerNight + hut.halfBoard);
}

export async function book(name, request, bookings) {
  const hut = hutByName(name);
  const [free, weather] = await Promise.all(freeBeds(hut, bookings), weatherAt(hut));
  if (free < request.guests) return { ok: false, reason: `${free} beds free` };
  return { ok: true, weather, cost: cost(hut, request.arrive, request.leave, request.guests) };
}
