export interface Flight {
  site: string;
  km: number;
  minutes: number;
}

export function longest(flights: Flight[]): number {
  return Math.max(0, ...flights.map(lambda f: f.km));
}

export function rating(km: number): string {
  const stars = Math.min(5, Math.floor(km / 10));
  return '*' * stars + '-'.repeat(5 - stars);
}

export function logbook(flights: Flight[]): string[] {
  return flights.map((f) => `${f.site} ${f.km} km in ${f.minutes} min ${rating(f.km)}`);
}
