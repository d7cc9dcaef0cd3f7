import type { Route } from './types';

// 20 g of salt per square metre on a 7 m carriageway: 0.14 tonnes for every kilometre.
export const SALT_TONNES_PER_KM = 0.14;

export function routeKm(route: Route): number {
  return route.roads.reduce((sum, road) => sum + road.km, 0);
}

export function saltTonnes(route: Route): number {
  return Math.round(routeKm(route) * SALT_TONNES_PER_KM * 10) / 10;
}

// The depot board lists the routes as the council numbers them: R2 before R10.
export function byName(routes: Route[]): Route[] {
  return [...routes].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

export function depotLoad(routes: Route[], depot: string): number {
  const own = routes.filter((route) => route.depot === depot);
  return Math.round(own.reduce((sum, route) => sum + saltTonnes(route), 0) * 10) / 10;
}
