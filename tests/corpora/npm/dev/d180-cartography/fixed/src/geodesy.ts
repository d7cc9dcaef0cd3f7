import type { Place } from './types';

export const EARTH_RADIUS_KM = 6371.0088;

export const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

export function greatCircleKm(a: Place, b: Place): number {
  const dLat = toRadians(b.lat - a.lat);
  const dLon = toRadians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRadians(a.lat)) * Math.cos(toRadians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

// The initial compass bearing from a to b, 0-360 degrees clockwise from north.
export function initialBearing(a: Place, b: Place): number {
  const φ1 = toRadians(a.lat);
  const φ2 = toRadians(b.lat);
  const dLon = toRadians(b.lon - a.lon);
  const y = Math.sin(dLon) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(dLon);
  return (toDegrees(Math.atan2(y, x)) + 360) % 360;
}

const pad = (n: number): string => String(n).padStart(2, '0');

// 51.5074, 'lat' -> 51°30′26.6″N; the sign becomes the hemisphere letter.
export function formatDms(value: number, axis: 'lat' | 'lon'): string {
  const hemisphere = axis === 'lat' ? (value < 0 ? 'S' : 'N') : value < 0 ? 'W' : 'E';
  const degrees = Math.trunc(value);
  const minutesExact = Math.abs(value - degrees) * 60;
  const minutes = Math.trunc(minutesExact);
  const seconds = (minutesExact - minutes) * 60;
  return `${Math.abs(degrees)}°${pad(minutes)}′${seconds.toFixed(1).padStart(4, '0')}″${hemisphere}`;
}
