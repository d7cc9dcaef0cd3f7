const DAY_MS = 86400000;
const RATES = { tent: 1800, campervan: 2900, caravan: 2600 };

// The nights of a stay are the ISO dates from arrival up to, not including, departure.
export function nightsOf(arrive, leave) {
  const nights = [];
  for (let t = Date.parse(arrive); t < Date.parse(leave); t += DAY_MS) {
    nights.push(new Date(t).toISOString().slice(0, 10));
  }
  return nights;
}

export class Bookings {
  constructor() {
    this.taken = new Map();
  }

  isFree(pitch, arrive, leave) {
    const taken = this.taken.get(pitch) ?? new Set();
    const clash = nightsOf(arrive, leave).some((night) => taken.has(night));
    return !clash;
  }

  book(pitch, unit, arrive, leave) {
    const nights = nightsOf(arrive, leave);
    if (nights.length === 0) {
      throw new RangeError('a stay is at least one night');
    }
    if (!this.isFree(pitch, arrive, leave)) {
      return null;
    }
    const taken = this.taken.get(pitch) ?? new Set();
    nights.forEach((night) => taken.add(night));
    this.taken.set(pitch, taken);
    return { pitch, unit, nights: nights.length, total: nights.length * RATES[unit] };
  }

  // The night with the most pitches taken (the earliest of equals), or null before any booking.
  busiestNight() {
    const counts = new Map();
    for (const nights of this.taken.values()) {
      nights.forEach((night) => counts.set(night, (counts.get(night) ?? 0) + 1));
    }
    let best;
    for (const [night, count] of counts) {
      if (best === undefined || count > counts.get(best) || (count === counts.get(best) && night < best)) {
        best = night;
      }
    }
    return best ?? null;
  }

  occupancy(night) {
    return [...this.taken].filter(([, nights]) => nights.has(night)).map(([pitch]) => pitch).sort();
  }
}
