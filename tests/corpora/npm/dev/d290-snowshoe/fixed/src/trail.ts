import type { Leg, Snow, Trail } from './types';

// How much slower a snowshoer goes on each kind of snow than on a packed track.
export function paceFactor(snow: Snow): number {
  switch (snow) {
    case 'powder':
      return 1.6;
    case 'crust':
      return 1.3;
    default:
      return 1;
  }
}

export function hours(trail: Trail, kmPerHour = 4): number {
  const total = trail.legs.reduce((sum, leg) => sum + (leg.km / kmPerHour) * paceFactor(leg.snow), 0);
  return Math.round(total * 10) / 10;
}

// The legs in order, shared out over the days, as many a day as it takes.
export function dayPlan(trail: Trail, days: number): Leg[][] {
  const perDay = Math.ceil(trail.legs.length / days);
  // One list of legs for each day; a spare day keeps an empty one.
  const plan: Leg[][] = Array.from({ length: days }, () => []);
  trail.legs.forEach((leg, i) => plan[Math.floor(i / perDay)].push(leg));
  return plan;
}
