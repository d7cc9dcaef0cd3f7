// Naismith's rule: an hour for every 5 km on the map, and another hour for every 600 m climbed.
const MIN_PER_KM = 12;
const CLIMB_M_PER_HOUR = 600;

export function naismith(km, climbM) {
  return Math.round(km * MIN_PER_KM + (climbM / CLIMB_M_PER_HOUR) * 60);
}
