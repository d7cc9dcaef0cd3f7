import { byName, routeKm, saltTonnes } from './routes';
import type { CallOut, Road, Route } from './types';

// A road is gritted on the first pass when it is a priority one road, a steep one, or a bus route.
export function treatFirst(road: Road): boolean {
  return road.priority === 1 || road.gradientPct >= 8 || road.busRoute;
}

export function callOut(routes: Route[]): CallOut[] {
  return byName(routes).map((route) => ({
    route: route.name,
    km: routeKm(route),
    saltTonnes: saltTonnes(route),
    first: route.roads.filter(treatFirst).map((road) => road.name),
  }));
}
