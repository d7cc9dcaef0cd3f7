import { speedInIceKn, type Ship } from './ships';

export interface Waypoint {
  name: string;
  km: number;
}

export const WAYPOINTS: readonly Waypoint[] = Object.freeze([
  { name: 'Kemi', km: 0 },
  { name: 'Oulu roads', km: 110 },
  { name: 'Raahe', km: 65 },
  { name: 'Hailuoto', km: 40 },
]);

export function byDistance(points: readonly Waypoint[]): Waypoint[] {
  return [...points].sort((a, b) => a.km - b.km);
}

// The icebreaker opens a channel the whole convoy follows at the pace of its slowest ship.
export function convoySpeedKn(ships: Ship[], iceM: number): number {
  return Math.min(...ships.map((ship) => speedInIceKn(ship, iceM)));
}
