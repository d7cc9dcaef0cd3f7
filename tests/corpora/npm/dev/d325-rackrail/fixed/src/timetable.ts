import { Train } from './train';

// A rack train climbs at 9 km/h and comes down at 12, whatever the gradient.
export function minutesUp(lengthM: number): number {
  return Math.round((lengthM / 9000) * 60);
}

export function minutesDown(lengthM: number): number {
  return Math.round((lengthM / 12000) * 60);
}

export function needsBankingEngine(train: Train, limitPerMille: number): boolean {
  return train.steepest > limitPerMille;
}

export function departures(first: string, everyMinutes: number, count: number): string[] {
  const [h, m] = first.split(':').map(Number);
  const times: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const total = h * 60 + m + i * everyMinutes;
    const hh = String(Math.floor(total / 60)).padStart(2, '0');
    const mm = String(total % 60).padStart(2, '0');
    times.push(`${hh}:${mm}`);
  }
  return times;
}
