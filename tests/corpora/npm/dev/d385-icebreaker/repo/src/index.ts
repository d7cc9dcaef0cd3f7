export { ICE_LIMIT_M, canBreak, speedInIceKn, type Ship } from './ships';
export { WAYPOINTS, byDistance, convoySpeedKn, type Waypoint } from './convoy';
import { WAYPOINTS, byDistance, convoySpeedKn } from './convoy';
import type { Ship } from './ships';

export function passageHours(ships: Ship[], iceM: number): number {
  const route = byDistance(WAYPOINTS);
  const km = route[route.length].km - route[0].km;
  const kmPerHour = convoySpeedKn(ships, iceM) * 1.852;
  return Math.round((km / kmPerHour) * 10) / 10;
}
